package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.GovernanceAction;
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
 * What the governance pages share: breadcrumbs (Espaces › workspace › Instances › …), enum labels
 * for selects, and the rights shown as buttons.
 */
@Component
class GovernanceViews {

    private final Flash messages;
    private final GovernanceGate gate;

    GovernanceViews(Flash messages, GovernanceGate gate) {
        this.messages = messages;
        this.gate = gate;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/instances";
    }

    static String meeting(Long workspaceId, Long meetingId) {
        return "/espaces/" + workspaceId + "/seances/" + meetingId;
    }

    /** Crumbs after "Instances": label, url pairs, the last url ignored. */
    List<Crumb> crumbs(Workspace workspace, String... steps) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(messages.text("workspace.list.title"), "/espaces"));
        crumbs.add(new Crumb(workspace.getName(), "/espaces/" + workspace.getId()));
        if (steps.length == 0) {
            crumbs.add(Crumb.here(messages.text("governance.bodies.title")));
            return crumbs;
        }
        crumbs.add(new Crumb(messages.text("governance.bodies.title"), base(workspace.getId())));
        for (int i = 0; i < steps.length; i += 2) {
            boolean last = i + 2 >= steps.length;
            crumbs.add(last ? Crumb.here(steps[i]) : new Crumb(steps[i], steps[i + 1]));
        }
        return crumbs;
    }

    /** Labels of an enum's values, from keys {@code prefix + name}. */
    <E extends Enum<E>> Map<String, String> labels(Class<E> type, String prefix) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            labels.put(value.name(), messages.text(prefix + value.name()));
        }
        return labels;
    }

    /** Puts the workspace and the user's rights (canManage, canPrepare, …) in the model. */
    void rights(Model model, Workspace workspace, AccountPrincipal me) {
        Long id = workspace.getId();
        model.addAttribute("workspace", workspace);
        model.addAttribute("canManage", gate.can(id, me, GovernanceAction.MANAGE_BODIES));
        model.addAttribute("canPrepare", gate.can(id, me, GovernanceAction.PREPARE_MEETING));
        model.addAttribute("canConvene", gate.can(id, me, GovernanceAction.CONVENE));
        model.addAttribute("canHold", gate.can(id, me, GovernanceAction.HOLD_MEETING));
        model.addAttribute("canPublish", gate.can(id, me, GovernanceAction.PUBLISH_MINUTES));
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
