package fr.maillage.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.workspace.CurrentWorkspace;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import jakarta.servlet.http.HttpServletRequest;
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

    NavigationModel(WorkspaceManagement workspaces) {
        this.workspaces = workspaces;
    }

    void populate(HttpServletRequest request, Map<String, Object> model) {
        AccountPrincipal user = currentUser();
        model.put("currentUser", user);
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
