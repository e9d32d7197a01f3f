package fr.maillage.knowledge.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.KnowledgeAction;
import fr.maillage.knowledge.KnowledgePermissions;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The module's door for pages and API alike: the workspace must be visible to the user (otherwise
 * "not found"), then the knowledge right is checked (otherwise "forbidden").
 */
@Component
class KnowledgeGate {

    private final WorkspaceAccess access;

    KnowledgeGate(WorkspaceAccess access) {
        this.access = access;
    }

    Workspace require(Long workspaceId, AccountPrincipal me, KnowledgeAction action) {
        return require(workspaceId, me, action, false);
    }

    Workspace require(Long workspaceId, AccountPrincipal me, KnowledgeAction action, boolean own) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        if (!can(workspaceId, me, action, own)) {
            throw new AccessDeniedException("knowledge " + workspaceId + " " + action);
        }
        return workspace;
    }

    /** The right on a given sheet: a contributeur's own sheets are his to change. */
    void requireOn(ExperienceSheet sheet, AccountPrincipal me, KnowledgeAction action) {
        if (!can(sheet.getWorkspaceId(), me, action, isOwn(sheet, me))) {
            throw new AccessDeniedException("knowledge sheet " + sheet.getId() + " " + action);
        }
    }

    boolean can(Long workspaceId, AccountPrincipal me, KnowledgeAction action, boolean own) {
        WorkspaceRole role = me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
        return KnowledgePermissions.allows(me != null, me != null && me.isAdmin(), role, action, own);
    }

    boolean canOn(ExperienceSheet sheet, AccountPrincipal me, KnowledgeAction action) {
        return can(sheet.getWorkspaceId(), me, action, isOwn(sheet, me));
    }

    private static boolean isOwn(ExperienceSheet sheet, AccountPrincipal me) {
        return me != null && me.id().equals(sheet.getAuthorId());
    }
}
