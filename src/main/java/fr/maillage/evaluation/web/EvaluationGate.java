package fr.maillage.evaluation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.evaluation.EvaluationAction;
import fr.maillage.evaluation.EvaluationPermissions;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.IndicatorLevel;
import fr.maillage.evaluation.ProgrammeView;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The evaluation's door for pages and API alike: a non-member gets "not found", a member without
 * the right "forbidden". Ownership (an indicator of an action whose referent is the user) comes
 * from the programme.
 */
@Component
class EvaluationGate {

    private final WorkspaceAccess access;
    private final ProgrammeView programme;

    EvaluationGate(WorkspaceAccess access, ProgrammeView programme) {
        this.access = access;
        this.programme = programme;
    }

    Workspace require(Long workspaceId, AccountPrincipal me, EvaluationAction action) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        if (!can(workspaceId, me, action, false)) {
            throw new AccessDeniedException("evaluation " + workspaceId + " " + action);
        }
        return workspace;
    }

    /** For entering a value of this indicator: the pilote, or the contributeur referent of its action. */
    Workspace requireEntry(Long workspaceId, AccountPrincipal me, Indicator indicator) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        if (!canEnter(workspaceId, me, indicator)) {
            throw new AccessDeniedException("evaluation " + workspaceId + " enter " + indicator.getId());
        }
        return workspace;
    }

    boolean can(Long workspaceId, AccountPrincipal me, EvaluationAction action, boolean own) {
        WorkspaceRole role = me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
        return EvaluationPermissions.allows(me != null, me != null && me.isAdmin(), role, action, own);
    }

    boolean canEnter(Long workspaceId, AccountPrincipal me, Indicator indicator) {
        return can(workspaceId, me, EvaluationAction.ENTER_MEASUREMENT, me != null && assigned(workspaceId, me, indicator));
    }

    /** Whether the user may enter values of at least one indicator (shows the "enter" buttons). */
    boolean canEnterSome(Long workspaceId, AccountPrincipal me) {
        return can(workspaceId, me, EvaluationAction.ENTER_MEASUREMENT, true);
    }

    private boolean assigned(Long workspaceId, AccountPrincipal me, Indicator indicator) {
        if (indicator.getLevel() != IndicatorLevel.ACTION) {
            return false;
        }
        return programme.action(workspaceId, indicator.getActionId())
                .map(a -> me.id().equals(a.referentUserId())).orElse(false);
    }
}
