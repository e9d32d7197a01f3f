package fr.maillage.programme.web;

import fr.maillage.programme.Action;
import fr.maillage.programme.ActionDraft;
import fr.maillage.programme.ActionPartner;
import fr.maillage.programme.ActionStatus;
import fr.maillage.programme.AgeBand;
import fr.maillage.programme.Axis;
import fr.maillage.programme.Objective;
import fr.maillage.programme.ObjectiveLevel;
import fr.maillage.programme.StrategyTree;
import fr.maillage.programme.TargetGender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;

/**
 * The JSON documents of the programme API.
 */
final class ProgrammeApiModels {

    private ProgrammeApiModels() {
    }

    /** A partner of an action. */
    record PartnerJson(@NotNull(message = "{programme.action.organisation.unknown}") Long organisationId,
            @Size(max = 200, message = "{programme.action.partners.roleSize}") String role) {
    }

    /** A fiche action to create or update; {@code version} is required to update. */
    record ActionRequest(
            @NotBlank(message = "{programme.action.title.required}") @Size(max = 250, message = "{programme.action.title.size}") String title,
            @NotNull(message = "{programme.action.carrier.required}") Long carrierId,
            List<@Valid PartnerJson> partners,
            Set<Long> objectiveIds,
            @Size(max = 20000, message = "{programme.action.description.size}") String description,
            Set<AgeBand> ageBands,
            Integer expectedParticipants,
            TargetGender gender,
            Integer expectedFemales,
            Integer expectedMales,
            Set<String> qpvCodes,
            LocalDate startDate,
            LocalDate endDate,
            ActionStatus status,
            @NotNull(message = "{programme.action.year.required}") Integer year,
            Boolean multiYear,
            Integer lastYear,
            BigDecimal budget,
            Long referentUserId,
            Long version) {

        ActionDraft draft(Long referent) {
            return new ActionDraft(title, carrierId, partners == null ? List.of()
                    : partners.stream().map(p -> new ActionPartner(p.organisationId(), p.role())).toList(),
                    objectiveIds, description, ageBands, expectedParticipants, gender, expectedFemales, expectedMales,
                    qpvCodes, startDate, endDate, status, year, Boolean.TRUE.equals(multiYear), lastYear, budget, referent);
        }
    }

    /** A fiche action; the description is sanitised HTML. */
    record ActionJson(Long id, Long workspaceId, String title, Long carrierId, List<PartnerJson> partners,
            List<Long> objectiveIds, String description, List<AgeBand> ageBands, Integer expectedParticipants,
            TargetGender gender, Integer expectedFemales, Integer expectedMales, List<String> qpvCodes,
            LocalDate startDate, LocalDate endDate, ActionStatus status, int year, boolean multiYear, Integer lastYear,
            BigDecimal budget, Long referentUserId, Long previousActionId, long version) {

        static ActionJson of(Action a) {
            return new ActionJson(a.getId(), a.getWorkspaceId(), a.getTitle(), a.getCarrierId(),
                    a.getPartners().stream().map(p -> new PartnerJson(p.organisationId(), p.role())).toList(),
                    a.getObjectiveIds().stream().sorted().toList(), a.getDescription(), a.getAgeBands(),
                    a.getExpectedParticipants(), a.getGender(), a.getExpectedFemales(), a.getExpectedMales(),
                    a.getQpvCodes(), a.getStartDate(), a.getEndDate(), a.getStatus(), a.getYear(), a.isMultiYear(),
                    a.getLastYear(), a.getBudget(), a.getReferentUserId(), a.getPreviousActionId(), a.getVersion());
        }
    }

    /** An objective of the strategy. */
    record ObjectiveJson(Long id, Long axisId, Long parentId, ObjectiveLevel level, String title, String description,
            int position) {

        static ObjectiveJson of(Objective o) {
            return new ObjectiveJson(o.getId(), o.getAxisId(), o.getParentId(), o.getLevel(), o.getTitle(),
                    o.getDescription(), o.getPosition());
        }
    }

    /** An axis and its objectives in tree order. */
    record AxisJson(Long id, String title, String description, int position, boolean national,
            List<ObjectiveJson> objectives) {

        static List<AxisJson> of(StrategyTree tree) {
            return tree.axes().stream().map(n -> {
                Axis a = n.axis();
                List<ObjectiveJson> objectives = n.objectives().stream()
                        .flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o.objective()),
                                o.children().stream()))
                        .map(ObjectiveJson::of).toList();
                return new AxisJson(a.getId(), a.getTitle(), a.getDescription(), a.getPosition(), a.isNational(),
                        objectives);
            }).toList();
        }
    }

    /** One page of results. */
    record PageJson<T>(List<T> items, int number, int size, long totalElements, int totalPages) {

        static <T> PageJson<T> of(Page<?> page, List<T> items) {
            return new PageJson<>(items, page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }
}
