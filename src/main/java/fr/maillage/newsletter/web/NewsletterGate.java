package fr.maillage.newsletter.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.newsletter.NewsletterAction;
import fr.maillage.newsletter.NewsletterPermissions;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The newsletter pages' door: a non-member gets "not found", a member without the right "forbidden".
 */
@Component
class NewsletterGate {

    private final WorkspaceAccess access;

    NewsletterGate(WorkspaceAccess access) {
        this.access = access;
    }

    Workspace require(Long workspaceId, AccountPrincipal me, NewsletterAction action) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        if (!can(workspaceId, me, action)) {
            throw new AccessDeniedException("newsletter " + workspaceId + " " + action);
        }
        return workspace;
    }

    boolean can(Long workspaceId, AccountPrincipal me, NewsletterAction action) {
        WorkspaceRole role = me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
        return NewsletterPermissions.allows(me != null, me != null && me.isAdmin(), role, action);
    }
}
