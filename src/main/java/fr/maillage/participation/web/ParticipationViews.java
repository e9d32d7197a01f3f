package fr.maillage.participation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.participation.AgeBand;
import fr.maillage.participation.College;
import fr.maillage.participation.Council;
import fr.maillage.participation.CouncilKind;
import fr.maillage.participation.Gender;
import fr.maillage.participation.LeaveReason;
import fr.maillage.participation.ListSource;
import fr.maillage.participation.ParticipationAction;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the participation pages share: breadcrumbs (Espaces › workspace › Participation › council ›
 * page), the labels of the enums for selects, and the rights the templates show or hide buttons by.
 */
@Component
class ParticipationViews {

    private final Flash messages;
    private final ParticipationManagement participation;
    private final ParticipationGate gate;

    ParticipationViews(Flash messages, ParticipationManagement participation, ParticipationGate gate) {
        this.messages = messages;
        this.participation = participation;
        this.gate = gate;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/participation";
    }

    static String councilUrl(Long workspaceId, Long councilId) {
        return base(workspaceId) + "/conseils/" + councilId;
    }

    /** Breadcrumb: steps are label, url pairs; the last label is the current page. */
    List<Crumb> crumbs(Workspace workspace, Council council, String... steps) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(messages.text("workspace.list.title"), "/espaces"));
        crumbs.add(new Crumb(workspace.getName(), "/espaces/" + workspace.getId()));
        if (council == null && steps.length == 0) {
            crumbs.add(Crumb.here(messages.text("participation.councils.title")));
            return crumbs;
        }
        crumbs.add(new Crumb(messages.text("participation.councils.title"), base(workspace.getId())));
        if (council != null) {
            crumbs.add(steps.length == 0 ? Crumb.here(council.getName())
                    : new Crumb(council.getName(), councilUrl(workspace.getId(), council.getId())));
        }
        for (int i = 0; i < steps.length; i += 2) {
            boolean last = i + 2 >= steps.length;
            crumbs.add(last ? Crumb.here(steps[i]) : new Crumb(steps[i], steps[i + 1]));
        }
        return crumbs;
    }

    /** Puts the workspace, the rights and the labels every page of the module uses. */
    void common(Model model, Workspace workspace, AccountPrincipal me) {
        Long id = workspace.getId();
        model.addAttribute("workspace", workspace);
        model.addAttribute("canEdit", gate.can(id, me, ParticipationAction.EDIT));
        model.addAttribute("canSeePeople", gate.can(id, me, ParticipationAction.PERSONAL_DATA));
        model.addAttribute("canDraw", gate.can(id, me, ParticipationAction.DRAW));
        model.addAttribute("canPublish", gate.can(id, me, ParticipationAction.PUBLISH));
        model.addAttribute("kinds", labels(CouncilKind.values(), "participation.kind."));
        model.addAttribute("genders", labels(Gender.values(), "participation.gender."));
        model.addAttribute("ageBands", labels(AgeBand.values(), "participation.ageBand."));
        Map<String, String> ageCodes = new LinkedHashMap<>();
        for (AgeBand band : AgeBand.values()) {
            ageCodes.put(band.code(), messages.text("participation.ageBand." + band.name()));
        }
        model.addAttribute("ageBandCodes", ageCodes);
        model.addAttribute("sources", labels(ListSource.values(), "participation.source."));
        model.addAttribute("colleges", labels(College.values(), "participation.college."));
        model.addAttribute("reasons", labels(LeaveReason.values(), "participation.reason."));
    }

    /** The QPV of the workspace's perimeter, code → "Name (code)", for the council form. */
    Map<String, String> perimeterQpv(Workspace workspace) {
        Map<String, String> options = new LinkedHashMap<>();
        participation.qpvNames(workspace.perimeterCodes(fr.maillage.territory.TerritoryKind.QPV))
                .forEach((code, name) -> options.put(code, name + " (" + code + ")"));
        return options;
    }

    Map<String, String> qpvNames(Council council) {
        return participation.qpvNames(council.getQpvCodes());
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }

    private Map<String, String> labels(Enum<?>[] values, String prefix) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            labels.put(value.name(), messages.text(prefix + value.name()));
        }
        return labels;
    }
}
