package fr.maillage.programme.web;

import fr.maillage.programme.Action;
import fr.maillage.programme.ActionDraft;
import fr.maillage.programme.ActionPartner;
import fr.maillage.programme.ActionStatus;
import fr.maillage.programme.AgeBand;
import fr.maillage.programme.TargetGender;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A fiche action as typed in the form. The budget is typed the French way ("12 500,50"). Partners
 * are rows (organisation and role); the carrier and new partners are chosen among the directory's
 * organisations found by the form's search boxes ({@code carrierQuery}, {@code partnerQuery}).
 */
public record ActionForm(
        @NotBlank(message = "{programme.action.title.required}") @Size(max = 250, message = "{programme.action.title.size}") String title,
        Long carrierId,
        String carrierQuery,
        List<PartnerRow> partners,
        String partnerQuery,
        Long newPartnerId,
        @Size(max = 200, message = "{programme.action.partners.roleSize}") String newPartnerRole,
        Set<Long> objectiveIds,
        @Size(max = 20000, message = "{programme.action.description.size}") String description,
        Set<AgeBand> ageBands,
        @Min(value = 0, message = "{programme.action.count.negative}") Integer expectedParticipants,
        TargetGender gender,
        @Min(value = 0, message = "{programme.action.count.negative}") Integer expectedFemales,
        @Min(value = 0, message = "{programme.action.count.negative}") Integer expectedMales,
        Set<String> qpvCodes,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @NotNull(message = "{programme.action.status.required}") ActionStatus status,
        @NotNull(message = "{programme.action.year.required}") @Min(value = 2000, message = "{programme.action.year.range}") @Max(value = 2100, message = "{programme.action.year.range}") Integer year,
        Boolean multiYear,
        Integer lastYear,
        @Pattern(regexp = "^\\s*\\d[\\d\\s\u00a0\u202f]*([.,]\\d{1,2})?\\s*(€)?\\s*$", message = "{programme.action.budget.format}") String budget,
        Long referentUserId,
        Long version) {

    /** One partner row of the form. */
    public record PartnerRow(Long organisationId, String role) {
    }

    static ActionForm empty(int year, Long referentUserId) {
        return new ActionForm("", null, "", List.of(), "", null, "", Set.of(), "", Set.of(), null, TargetGender.TOUS,
                null, null, Set.of(), null, null, ActionStatus.EN_PROJET, year, false, null, "", referentUserId, null);
    }

    static ActionForm of(Action a) {
        List<PartnerRow> rows = a.getPartners().stream().map(p -> new PartnerRow(p.organisationId(), p.role())).toList();
        return new ActionForm(a.getTitle(), a.getCarrierId(), "", rows, "", null, "", a.getObjectiveIds(),
                a.getDescription(), Set.copyOf(a.getAgeBands()), a.getExpectedParticipants(), a.getGender(),
                a.getExpectedFemales(), a.getExpectedMales(), Set.copyOf(a.getQpvCodes()), a.getStartDate(),
                a.getEndDate(), a.getStatus(), a.getYear(), a.isMultiYear(), a.getLastYear(),
                a.getBudget() == null ? "" : a.getBudget().toPlainString().replace('.', ','), a.getReferentUserId(),
                a.getVersion());
    }

    /** The same form with the carrier chosen. */
    ActionForm withCarrier(Long id) {
        return new ActionForm(title, id, "", partnerRows(), partnerQuery, newPartnerId, newPartnerRole, objectiveIds,
                description, ageBands, expectedParticipants, gender, expectedFemales, expectedMales, qpvCodes,
                startDate, endDate, status, year, multiYear, lastYear, budget, referentUserId, version);
    }

    /** The same form with a row more or less. */
    ActionForm withPartners(List<PartnerRow> rows) {
        return new ActionForm(title, carrierId, carrierQuery, rows, "", null, "", objectiveIds, description, ageBands,
                expectedParticipants, gender, expectedFemales, expectedMales, qpvCodes, startDate, endDate, status,
                year, multiYear, lastYear, budget, referentUserId, version);
    }

    public List<PartnerRow> partnerRows() {
        return partners == null ? List.of()
                : partners.stream().filter(p -> p != null && p.organisationId() != null).toList();
    }

    ActionForm addingPartner() {
        List<PartnerRow> rows = new ArrayList<>(partnerRows());
        if (newPartnerId != null && rows.stream().noneMatch(r -> r.organisationId().equals(newPartnerId))) {
            rows.add(new PartnerRow(newPartnerId, newPartnerRole));
        }
        return withPartners(rows);
    }

    ActionForm removingPartner(int index) {
        List<PartnerRow> rows = new ArrayList<>(partnerRows());
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
        return withPartners(rows);
    }

    /** The draft, with the given référent (the form's for a pilote, the action's for a contributeur). */
    ActionDraft draft(Long referent) {
        List<ActionPartner> list = partnerRows().stream().map(r -> new ActionPartner(r.organisationId(), r.role()))
                .toList();
        return new ActionDraft(title, carrierId, list, objectiveIds == null ? Set.of() : new HashSet<>(objectiveIds),
                paragraphs(description), ageBands, expectedParticipants, gender, expectedFemales, expectedMales,
                qpvCodes, startDate, endDate, status, year == null ? 0 : year, Boolean.TRUE.equals(multiYear), lastYear, budgetAmount(),
                referent);
    }

    BigDecimal budgetAmount() {
        if (budget == null || budget.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(budget.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    long expectedVersion() {
        return version == null ? -1 : version;
    }

    /** Text typed without any tag becomes paragraphs and line breaks; HTML is kept for the sanitiser. */
    static String paragraphs(String text) {
        if (text == null || text.isBlank() || text.contains("<")) {
            return text;
        }
        StringBuilder html = new StringBuilder();
        for (String block : text.strip().split("\\r?\\n\\s*\\r?\\n")) {
            html.append("<p>").append(escape(block.strip()).replaceAll("\\r?\\n", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
