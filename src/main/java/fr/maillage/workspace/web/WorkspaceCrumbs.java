package fr.maillage.workspace.web;

import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Breadcrumbs of the workspace pages: Espaces › workspace › page.
 */
@Component
class WorkspaceCrumbs {

    private final Flash messages;

    WorkspaceCrumbs(Flash messages) {
        this.messages = messages;
    }

    List<Crumb> of(Workspace workspace) {
        return List.of(new Crumb(messages.text("workspace.list.title"), "/espaces"), Crumb.here(workspace.getName()));
    }

    List<Crumb> of(Workspace workspace, String pageKey) {
        return List.of(new Crumb(messages.text("workspace.list.title"), "/espaces"),
                new Crumb(workspace.getName(), "/espaces/" + workspace.getId()), Crumb.here(messages.text(pageKey)));
    }
}
