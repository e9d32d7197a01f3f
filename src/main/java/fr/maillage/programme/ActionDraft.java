package fr.maillage.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A fiche action as written by a user or another module, before {@link ProgrammeManagement} checks
 * it. {@code description} is rich text and is sanitised when stored. Null collections mean empty.
 *
 * @param lastYear the last year of a multi-year action (ignored otherwise)
 * @param referentUserId the member of the workspace the action is assigned to, or null
 */
public record ActionDraft(String title, Long carrierId, List<ActionPartner> partners, Set<Long> objectiveIds,
        String description, Set<AgeBand> ageBands, Integer expectedParticipants, TargetGender gender,
        Integer expectedFemales, Integer expectedMales, Set<String> qpvCodes, LocalDate startDate, LocalDate endDate,
        ActionStatus status, int year, boolean multiYear, Integer lastYear, BigDecimal budget, Long referentUserId) {

    public ActionDraft {
        partners = partners == null ? List.of() : List.copyOf(partners);
        objectiveIds = objectiveIds == null ? Set.of() : Set.copyOf(objectiveIds);
        ageBands = ageBands == null ? Set.of() : Set.copyOf(ageBands);
        qpvCodes = qpvCodes == null ? Set.of() : Set.copyOf(qpvCodes);
        gender = gender == null ? TargetGender.TOUS : gender;
        status = status == null ? ActionStatus.EN_PROJET : status;
    }

    /** The smallest draft: a title, a carrier and a year; everything else empty. */
    public static ActionDraft of(String title, Long carrierId, int year) {
        return new ActionDraft(title, carrierId, List.of(), Set.of(), null, Set.of(), null, TargetGender.TOUS, null,
                null, Set.of(), null, null, ActionStatus.EN_PROJET, year, false, null, null, null);
    }

    public ActionDraft withObjectives(Set<Long> ids) {
        return new ActionDraft(title, carrierId, partners, ids, description, ageBands, expectedParticipants, gender,
                expectedFemales, expectedMales, qpvCodes, startDate, endDate, status, year, multiYear, lastYear,
                budget, referentUserId);
    }

    public ActionDraft withDates(LocalDate start, LocalDate end) {
        return new ActionDraft(title, carrierId, partners, objectiveIds, description, ageBands, expectedParticipants,
                gender, expectedFemales, expectedMales, qpvCodes, start, end, status, year, multiYear, lastYear,
                budget, referentUserId);
    }

    public ActionDraft withStatus(ActionStatus newStatus) {
        return new ActionDraft(title, carrierId, partners, objectiveIds, description, ageBands, expectedParticipants,
                gender, expectedFemales, expectedMales, qpvCodes, startDate, endDate, newStatus, year, multiYear,
                lastYear, budget, referentUserId);
    }

    public ActionDraft withReferent(Long userId) {
        return new ActionDraft(title, carrierId, partners, objectiveIds, description, ageBands, expectedParticipants,
                gender, expectedFemales, expectedMales, qpvCodes, startDate, endDate, status, year, multiYear,
                lastYear, budget, userId);
    }
}
