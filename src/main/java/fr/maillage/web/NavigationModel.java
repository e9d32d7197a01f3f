package fr.maillage.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.PublicMenuItem;
import fr.maillage.shared.WorkspaceMenuItem;
import fr.maillage.workspace.CurrentWorkspace;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the page shell needs on every page: the logged-in user, his workspaces and the one he is
 * working in (the last one he opened, or his first).
 */
@Component
class NavigationModel {

    private final WorkspaceManagement workspaces;
    private final List<WorkspaceMenuItem> workspaceMenu;
    private final List<PublicMenuItem> publicMenu;

    NavigationModel(WorkspaceManagement workspaces, List<WorkspaceMenuItem> workspaceMenu,
            List<PublicMenuItem> publicMenu) {
        this.workspaces = workspaces;
        this.workspaceMenu = workspaceMenu.stream().sorted(Comparator.comparingInt(WorkspaceMenuItem::order)).toList();
        this.publicMenu = publicMenu.stream().sorted(Comparator.comparingInt(PublicMenuItem::order)).toList();
    }

    void populate(HttpServletRequest request, Map<String, Object> model) {
        AccountPrincipal user = currentUser();
        model.put("currentUser", user);
        model.put("publicMenu", publicMenu);
        model.put("workspaceMenu", workspaceMenu);
        if (user == null) {
            model.put("myWorkspaces", List.of());
            model.put("currentWorkspace", null);
            return;
        }
        List<Workspace> mine = workspaces.workspacesOf(user.id());
        Long currentId = CurrentWorkspace.get(request.getSession(false));
        Workspace current = mine.stream().filter(w -> w.getId().equals(currentId)).findFirst()
                .orElse(mine.isEmpty() ? null : mine.get(0));
        model.put("myWorkspaces", mine);
        model.put("currentWorkspace", current);
    }

    static AccountPrincipal currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal : null;
    }
}
