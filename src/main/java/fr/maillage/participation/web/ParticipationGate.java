package fr.maillage.participation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.participation.ParticipationAction;
import fr.maillage.participation.ParticipationPermissions;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The module's door for pages and API alike: the workspace must be visible to the user (otherwise
 * "not found"), then the participation right is checked (otherwise "forbidden").
 */
@Component
class ParticipationGate {

    private final WorkspaceAccess access;

    ParticipationGate(WorkspaceAccess access) {
        this.access = access;
    }

    Workspace require(Long workspaceId, AccountPrincipal me, ParticipationAction action) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        if (!can(workspaceId, me, action)) {
            throw new AccessDeniedException("participation " + workspaceId + " " + action);
        }
        return workspace;
    }

    boolean can(Long workspaceId, AccountPrincipal me, ParticipationAction action) {
        WorkspaceRole role = me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
        return ParticipationPermissions.allows(me != null, me != null && me.isAdmin(), role, action);
    }
}
