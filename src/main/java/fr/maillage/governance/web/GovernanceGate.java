package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.GovernancePermissions;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The governance's door for pages and API alike: the workspace must be visible to the user
 * (otherwise "not found"), then the governance right is checked (otherwise "forbidden").
 */
@Component
class GovernanceGate {

    private final WorkspaceAccess access;

    GovernanceGate(WorkspaceAccess access) {
        this.access = access;
    }

    Workspace require(Long workspaceId, AccountPrincipal me, GovernanceAction action) {
        return require(workspaceId, me, action, false);
    }

    Workspace require(Long workspaceId, AccountPrincipal me, GovernanceAction action, boolean owner) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        if (!can(workspaceId, me, action, owner)) {
            throw new AccessDeniedException("governance " + workspaceId + " " + action);
        }
        return workspace;
    }

    boolean can(Long workspaceId, AccountPrincipal me, GovernanceAction action) {
        return can(workspaceId, me, action, false);
    }

    boolean can(Long workspaceId, AccountPrincipal me, GovernanceAction action, boolean owner) {
        WorkspaceRole role = me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
        return GovernancePermissions.allows(me != null, me != null && me.isAdmin(), role, action, owner);
    }
}
