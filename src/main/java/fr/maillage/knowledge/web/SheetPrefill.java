package fr.maillage.knowledge.web;

import fr.maillage.programme.Action;
import fr.maillage.programme.ActionFilters;
import fr.maillage.programme.ActionPartner;
import fr.maillage.programme.ActionStatus;
import fr.maillage.programme.Objective;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.shared.LinkedObject;
import fr.maillage.shared.text.RichText;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Writes the first draft of a sheet from a completed fiche action of the workspace: its title,
 * carrier and partners, QPV, dates, publics, objectives, description and budget. The author then
 * tells the story (context, results, lessons) the action does not hold.
 */
@Component
class SheetPrefill {

    private static final int LISTED = 10;
    private static final int SUMMARY = 400;

    private final ProgrammeManagement programme;
    private final KnowledgeViews views;

    SheetPrefill(ProgrammeManagement programme, KnowledgeViews views) {
        this.programme = programme;
        this.views = views;
    }

    /** The workspace's latest completed actions a sheet may be written from. */
    List<LinkedObject> completedActions(Long workspaceId) {
        return programme.actions(workspaceId, new ActionFilters(null, ActionStatus.REALISEE, null, null, null, null,
                        null), PageRequest.of(0, LISTED)).getContent().stream()
                .map(a -> link(workspaceId, a)).toList();
    }

    boolean isActionOf(Long workspaceId, Long actionId) {
        return programme.findAction(workspaceId, actionId).isPresent();
    }

    /** The action a sheet was written from, if it still exists. */
    LinkedObject actionLabel(Long workspaceId, Long actionId) {
        return actionId == null ? null
                : programme.findAction(workspaceId, actionId).map(a -> link(workspaceId, a)).orElse(null);
    }

    /** The form of a new sheet filled from the action (not found when it is not the workspace's). */
    SheetForm fromAction(Long workspaceId, Long actionId) {
        Action action = programme.action(workspaceId, actionId);
        List<Long> ids = new ArrayList<>(action.getPartners().stream().map(ActionPartner::organisationId).toList());
        if (action.getCarrierId() != null) {
            ids.add(action.getCarrierId());
        }
        var organisations = views.organisations(ids);
        String carrier = action.getCarrierId() == null || !organisations.containsKey(action.getCarrierId()) ? ""
                : organisations.get(action.getCarrierId()).getName();
        String partners = action.getPartners().stream().map(p -> organisations.get(p.organisationId()))
                .filter(o -> o != null).map(o -> o.getName()).collect(Collectors.joining("\n"));
        String description = action.getDescription();
        return new SheetForm(action.getTitle(), RichText.excerpt(RichText.plain(description), SUMMARY), "",
                String.join(", ", action.getQpvCodes()), carrier, partners, List.of(), publics(action),
                action.getStartDate(), action.getEndDate(), "", objectives(workspaceId, action.getObjectiveIds()),
                description == null ? "" : description, means(action), "", "", "", "", null);
    }

    private String publics(Action action) {
        List<String> parts = new ArrayList<>();
        if (!action.getAgeBands().isEmpty()) {
            parts.add(action.getAgeBands().stream().map(b -> views.text("programme.ageBand." + b.name()))
                    .collect(Collectors.joining(", ")));
        }
        if (action.getExpectedParticipants() != null) {
            parts.add(views.text("knowledge.prefill.participants", action.getExpectedParticipants()));
        }
        return String.join(" ; ", parts);
    }

    private String objectives(Long workspaceId, Set<Long> objectiveIds) {
        if (objectiveIds.isEmpty()) {
            return "";
        }
        Map<Long, Objective> all = programme.objectives(workspaceId).stream()
                .collect(Collectors.toMap(Objective::getId, Function.identity()));
        Set<Long> wanted = new HashSet<>(objectiveIds);
        String items = all.values().stream().filter(o -> wanted.contains(o.getId()))
                .map(o -> "<li>" + escape(o.getTitle()) + "</li>").collect(Collectors.joining());
        return items.isEmpty() ? "" : "<ul>" + items + "</ul>";
    }

    private String means(Action action) {
        if (action.getBudget() == null) {
            return "";
        }
        return views.text("knowledge.prefill.budget", NumberFormat.getCurrencyInstance(Locale.FRANCE)
                .format(action.getBudget()));
    }

    private static LinkedObject link(Long workspaceId, Action action) {
        return new LinkedObject("action", action.getId(), action.getTitle() + " (" + action.getYear() + ")",
                "/espaces/" + workspaceId + "/actions/" + action.getId());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
