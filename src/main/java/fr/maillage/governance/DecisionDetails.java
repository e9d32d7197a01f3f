package fr.maillage.governance;

import java.util.List;

/**
 * A decision as recorded: its agenda item (optional), title, text, outcome, whether it validates
 * the programme, and the records it acts on as (type, id) pairs.
 */
public record DecisionDetails(Long agendaItemId, String title, String text, DecisionStatus status,
        boolean validatesProgramme, List<Link> links) {

    public record Link(String type, Long id) {
    }
}
