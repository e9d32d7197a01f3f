package fr.maillage.programme.web;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.programme.Action;
import fr.maillage.programme.ActionPartner;
import fr.maillage.programme.ActionStatus;
import fr.maillage.programme.Objective;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.programme.AgeBand;
import fr.maillage.programme.TargetGender;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the programme pages share: breadcrumbs, the labels of statuses, age bands and genders for
 * selects, and the names of the organisations and members an action mentions.
 */
@Component
class ProgrammeViews {

    private final Flash messages;
    private final DirectoryManagement directory;
    private final WorkspaceManagement workspaces;
    private final ProgrammeManagement programme;

    ProgrammeViews(Flash messages, DirectoryManagement directory, WorkspaceManagement workspaces,
            ProgrammeManagement programme) {
        this.messages = messages;
        this.directory = directory;
        this.workspaces = workspaces;
        this.programme = programme;
    }

    static String actions(Long workspaceId) {
        return "/espaces/" + workspaceId + "/actions";
    }

    static String strategy(Long workspaceId) {
        return "/espaces/" + workspaceId + "/strategie";
    }

    /** Espaces › workspace › section › steps (label, url pairs; the last url is ignored). */
    List<Crumb> crumbs(Workspace workspace, String sectionKey, String sectionUrl, String... steps) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(messages.text("workspace.list.title"), "/espaces"));
        crumbs.add(new Crumb(workspace.getName(), "/espaces/" + workspace.getId()));
        if (steps.length == 0) {
            crumbs.add(Crumb.here(messages.text(sectionKey)));
            return crumbs;
        }
        crumbs.add(new Crumb(messages.text(sectionKey), sectionUrl));
        for (int i = 0; i < steps.length; i += 2) {
            boolean last = i + 2 >= steps.length;
            crumbs.add(last ? Crumb.here(steps[i]) : new Crumb(steps[i], steps[i + 1]));
        }
        return crumbs;
    }

    Map<String, String> statuses() {
        Map<String, String> map = new LinkedHashMap<>();
        for (ActionStatus status : ActionStatus.values()) {
            map.put(status.name(), messages.text("programme.status." + status));
        }
        return map;
    }

    Map<String, String> ageBands() {
        Map<String, String> map = new LinkedHashMap<>();
        for (AgeBand band : AgeBand.values()) {
            map.put(band.name(), messages.text("programme.ageBand." + band));
        }
        return map;
    }

    Map<String, String> genders() {
        Map<String, String> map = new LinkedHashMap<>();
        for (TargetGender gender : TargetGender.values()) {
            map.put(gender.name(), messages.text("programme.gender." + gender));
        }
        return map;
    }

    /** The members an action may be assigned to (pilotes and contributeurs), id → name. */
    Map<Long, String> referents(Long workspaceId) {
        Map<Long, String> map = new LinkedHashMap<>();
        workspaces.members(workspaceId).stream()
                .filter(m -> m.membership().getRole() != WorkspaceRole.LECTEUR)
                .forEach(m -> map.put(m.user().getId(), m.user().getDisplayName()));
        return map;
    }

    /** Every member, id → name, to show who an action is assigned to. */
    Map<Long, String> members(Long workspaceId) {
        Map<Long, String> map = new LinkedHashMap<>();
        workspaces.members(workspaceId).forEach(m -> map.put(m.user().getId(), m.user().getDisplayName()));
        return map;
    }

    /** The carriers and partners of the actions, in one query. */
    Map<Long, Organisation> organisationsOf(Collection<Action> actions) {
        Set<Long> ids = new HashSet<>();
        for (Action action : actions) {
            if (action.getCarrierId() != null) {
                ids.add(action.getCarrierId());
            }
            action.getPartners().stream().map(ActionPartner::organisationId).forEach(ids::add);
        }
        return directory.organisations(ids);
    }

    Map<Long, Organisation> organisations(Collection<Long> ids) {
        return directory.organisations(ids.stream().filter(java.util.Objects::nonNull).toList());
    }

    /** The names and labels an action's page and its PDF show. */
    Map<String, Object> details(Long workspaceId, Action action) {
        List<Objective> served = programme.objectives(workspaceId).stream()
                .filter(o -> action.getObjectiveIds().contains(o.getId())).toList();
        Map<Long, String> axes = new LinkedHashMap<>();
        programme.axes(workspaceId).forEach(a -> axes.put(a.getId(), a.getTitle()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("objectivesServed", served);
        details.put("axisTitles", axes);
        details.put("qpvNames", programme.qpvChoices(workspaceId));
        details.put("organisations", organisationsOf(List.of(action)));
        details.put("members", members(workspaceId));
        return details;
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
