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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the page shell needs on every page: the logged-in user, his workspaces and the one he is
 * working in (the one named by the address, else the last one he opened, else his first).
 */
@Component
class NavigationModel {

    private static final Pattern WORKSPACE_PATH = Pattern.compile("/espaces/(\\d+)(?:/|$)");

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
        Workspace current = member(mine, workspaceInPath(request))
                .or(() -> member(mine, CurrentWorkspace.get(request.getSession(false))))
                .orElse(mine.isEmpty() ? null : mine.get(0));
        model.put("myWorkspaces", mine);
        model.put("currentWorkspace", current);
    }

    private static Optional<Workspace> member(List<Workspace> mine, Long id) {
        return id == null ? Optional.empty() : mine.stream().filter(w -> w.getId().equals(id)).findFirst();
    }

    /** The workspace named by the address (/espaces/{id}/…) wins over the one remembered in the session. */
    static Long workspaceInPath(HttpServletRequest request) {
        Matcher matcher = WORKSPACE_PATH.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!matcher.lookingAt()) {
            return null;
        }
        try {
            return Long.valueOf(matcher.group(1));
        } catch (NumberFormatException tooLong) {
            return null;
        }
    }

    static AccountPrincipal currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? principal : null;
    }
}
