package fr.maillage.evaluation.web;

import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the evaluation pages share: breadcrumbs (Espaces › workspace › Évaluation › page) and enum
 * labels for selects.
 */
@Component
class EvaluationViews {

    private final Flash messages;

    EvaluationViews(Flash messages) {
        this.messages = messages;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/evaluation";
    }

    /** Crumbs after "Évaluation": pairs of label and url, the last label being the current page. */
    List<Crumb> crumbs(Workspace workspace, String... steps) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(messages.text("workspace.list.title"), "/espaces"));
        crumbs.add(new Crumb(workspace.getName(), "/espaces/" + workspace.getId()));
        if (steps.length == 0) {
            crumbs.add(Crumb.here(messages.text("evaluation.menu.title")));
            return crumbs;
        }
        crumbs.add(new Crumb(messages.text("evaluation.menu.title"), base(workspace.getId())));
        for (int i = 0; i < steps.length; i += 2) {
            boolean last = i + 2 >= steps.length;
            crumbs.add(last ? Crumb.here(steps[i]) : new Crumb(steps[i], steps[i + 1]));
        }
        return crumbs;
    }

    <E extends Enum<E>> Map<String, String> labels(Class<E> type, String prefix) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (E value : type.getEnumConstants()) {
            labels.put(value.name(), messages.text(prefix + value.name()));
        }
        return labels;
    }

    String text(String key, Object... args) {
        return messages.text(key, args);
    }
}
