package fr.maillage.programme.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.programme.Action;
import fr.maillage.programme.ProgrammeAction;
import fr.maillage.programme.ProgrammePermissions;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The programme's door for pages and API alike: the workspace must be visible to the user
 * (otherwise "not found", so that its actions are never revealed), then the programme right is
 * checked, on the action concerned when there is one (otherwise "forbidden").
 */
@Component
class ProgrammeGate {

    private final WorkspaceAccess access;

    ProgrammeGate(WorkspaceAccess access) {
        this.access = access;
    }

    Workspace require(Long workspaceId, AccountPrincipal me, ProgrammeAction action) {
        return require(workspaceId, me, action, null);
    }

    /** As {@link #require(Long, AccountPrincipal, ProgrammeAction)}, on one action. */
    Workspace require(Long workspaceId, AccountPrincipal me, ProgrammeAction action, Action concerned) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        if (!can(workspaceId, me, action, concerned)) {
            throw new AccessDeniedException("programme " + workspaceId + " " + action);
        }
        return workspace;
    }

    boolean can(Long workspaceId, AccountPrincipal me, ProgrammeAction action, Action concerned) {
        WorkspaceRole role = me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
        boolean assigned = me != null && concerned != null && me.id().equals(concerned.getReferentUserId());
        return ProgrammePermissions.allows(me != null, me != null && me.isAdmin(), role, action, assigned);
    }
}
