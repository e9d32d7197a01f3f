package fr.maillage.governance.web;

import fr.maillage.governance.DecisionDetails;
import fr.maillage.governance.DecisionStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision as typed. Links are "type:id" values chosen among the agenda items' linked records.
 */
public record DecisionForm(
        Long agendaItemId,
        @NotBlank(message = "{governance.decision.title.required}") @Size(max = 300, message = "{governance.decision.title.size}") String title,
        @Size(max = 20000, message = "{governance.decision.text.size}") String text,
        @NotNull(message = "{governance.decision.status.required}") DecisionStatus status,
        Boolean validatesProgramme,
        List<String> links) {

    static DecisionForm empty() {
        return new DecisionForm(null, "", "", DecisionStatus.ADOPTEE, false, List.of());
    }

    DecisionDetails details() {
        List<DecisionDetails.Link> parsed = new ArrayList<>();
        for (String link : links == null ? List.<String>of() : links) {
            int colon = link.indexOf(':');
            if (colon > 0) {
                try {
                    parsed.add(new DecisionDetails.Link(link.substring(0, colon), Long.valueOf(link.substring(colon + 1))));
                } catch (NumberFormatException e) {
                    // a tampered value is ignored: only offered links are meaningful
                }
            }
        }
        return new DecisionDetails(agendaItemId, title, text, status, Boolean.TRUE.equals(validatesProgramme), parsed);
    }
}
