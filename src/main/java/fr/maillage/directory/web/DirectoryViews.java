package fr.maillage.directory.web;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.directory.Theme;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What the directory pages share: breadcrumbs (Espaces › workspace › Annuaire › page) and the
 * labels of kinds and themes for selects and facets.
 */
@Component
class DirectoryViews {

    private final Flash messages;
    private final DirectoryManagement directory;

    DirectoryViews(Flash messages, DirectoryManagement directory) {
        this.messages = messages;
        this.directory = directory;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/annuaire";
    }

    List<Crumb> crumbs(Workspace workspace, String... steps) {
        List<Crumb> crumbs = new ArrayList<>();
        crumbs.add(new Crumb(messages.text("workspace.list.title"), "/espaces"));
        crumbs.add(new Crumb(workspace.getName(), "/espaces/" + workspace.getId()));
        if (steps.length == 0) {
            crumbs.add(Crumb.here(messages.text("directory.search.title")));
            return crumbs;
        }
        crumbs.add(new Crumb(messages.text("directory.search.title"), base(workspace.getId())));
        for (int i = 0; i < steps.length; i += 2) {
            boolean last = i + 2 >= steps.length;
            crumbs.add(last ? Crumb.here(steps[i]) : new Crumb(steps[i], steps[i + 1]));
        }
        return crumbs;
    }

    Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            kinds.put(kind.name(), messages.text("directory.kind." + kind));
        }
        return kinds;
    }

    Map<String, String> themes() {
        Map<String, String> themes = new LinkedHashMap<>();
        for (Theme theme : directory.themes()) {
            themes.put(theme.getCode(), theme.getLabel());
        }
        return themes;
    }
}
