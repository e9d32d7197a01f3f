package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.DirectoryAction;
import fr.maillage.directory.DirectoryPermissions;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The directory's door for pages and API alike: the workspace must be visible to the user
 * (otherwise "not found", so that its contacts and notes are never revealed), then the directory
 * right is checked (otherwise "forbidden").
 */
@Component
class DirectoryGate {

    private final WorkspaceAccess access;
    private final WorkspaceManagement workspaces;

    DirectoryGate(WorkspaceAccess access, WorkspaceManagement workspaces) {
        this.access = access;
        this.workspaces = workspaces;
    }

    Workspace require(Long workspaceId, AccountPrincipal me, DirectoryAction action) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        if (!can(workspaceId, me, action)) {
            throw new AccessDeniedException("directory " + workspaceId + " " + action);
        }
        return workspace;
    }

    boolean can(Long workspaceId, AccountPrincipal me, DirectoryAction action) {
        WorkspaceRole role = me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
        return DirectoryPermissions.allows(me != null, me != null && me.isAdmin(), role, action);
    }

    /** Every directory action the user may do in the workspace, his role read once (pages show several buttons). */
    java.util.Set<DirectoryAction> allowed(Long workspaceId, AccountPrincipal me) {
        WorkspaceRole role = me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
        java.util.Set<DirectoryAction> allowed = java.util.EnumSet.noneOf(DirectoryAction.class);
        for (DirectoryAction action : DirectoryAction.values()) {
            if (DirectoryPermissions.allows(me != null, me != null && me.isAdmin(), role, action)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /** Organisations are shared: whoever edits them in at least one workspace may edit them. */
    boolean canEditOrganisationsSomewhere(AccountPrincipal me) {
        if (me == null) {
            return false;
        }
        return me.isAdmin() || workspaces.workspacesOf(me.id()).stream()
                .anyMatch(w -> can(w.getId(), me, DirectoryAction.EDIT_ORGANISATION));
    }

    /** The workspaces where the user edits organisations: those he speaks for about a shared one. */
    java.util.Set<Long> editorWorkspaces(AccountPrincipal me) {
        return me == null ? java.util.Set.of() : workspaces.workspacesOf(me.id()).stream().map(Workspace::getId)
                .filter(w -> can(w, me, DirectoryAction.EDIT_ORGANISATION))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Any member of a workspace, or an administrator, reads the shared organisations. */
    boolean canViewOrganisations(AccountPrincipal me) {
        return me != null && (me.isAdmin() || !workspaces.workspacesOf(me.id()).isEmpty());
    }

    void requireOrganisationEditor(AccountPrincipal me) {
        if (!canEditOrganisationsSomewhere(me)) {
            throw new AccessDeniedException("edit organisations");
        }
    }
}
