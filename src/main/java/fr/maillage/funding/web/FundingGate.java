package fr.maillage.funding.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.funding.Actor;
import fr.maillage.funding.Application;
import fr.maillage.funding.FundingAction;
import fr.maillage.funding.FundingPermissions;
import fr.maillage.shared.NotFoundException;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The funding module's door for pages and API alike: a non-member gets "not found" (so that a
 * workspace's subsidies are never revealed), a member without the right gets "forbidden".
 */
@Component
public class FundingGate {

    private final WorkspaceAccess access;

    FundingGate(WorkspaceAccess access) {
        this.access = access;
    }

    public Workspace require(Long workspaceId, AccountPrincipal me, FundingAction action) {
        return require(workspaceId, me, action, null);
    }

    /** Checks a right on one application, whose assignment lets a contributeur edit it. */
    public Workspace require(Long workspaceId, AccountPrincipal me, FundingAction action, Application application) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        WorkspaceRole role = role(workspaceId, me);
        if (!FundingPermissions.allows(me != null, role, FundingAction.VIEW, false)) {
            throw new NotFoundException("funding of workspace " + workspaceId);
        }
        if (!can(workspaceId, me, action, application)) {
            throw new AccessDeniedException("funding " + workspaceId + " " + action);
        }
        return workspace;
    }

    public boolean can(Long workspaceId, AccountPrincipal me, FundingAction action, Application application) {
        boolean assigned = application != null && me != null && me.id().equals(application.getAssignedUserId());
        return FundingPermissions.allows(me != null, role(workspaceId, me), action, assigned);
    }

    public static Actor actor(AccountPrincipal me) {
        return new Actor(me.id(), me.getDisplayName());
    }

    private WorkspaceRole role(Long workspaceId, AccountPrincipal me) {
        return me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
    }
}
