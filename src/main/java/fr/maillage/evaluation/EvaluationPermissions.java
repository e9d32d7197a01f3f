package fr.maillage.evaluation;

import fr.maillage.workspace.WorkspaceRole;

/**
 * The evaluation's rights, as one pure function. Every member reads the evaluation of his
 * workspace; the pilote runs it; a contributeur enters the values of the indicators of the actions
 * assigned to him and of nothing else; the annual review is approved by its designated validators
 * in person, whatever their role. Non-members and anonymous users have no right: the answers of
 * carriers come through their campaign link, not through an account.
 */
public final class EvaluationPermissions {

    private EvaluationPermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param admin         platform administrator
     * @param role          the user's role in the workspace, or null
     * @param own           for ENTER_MEASUREMENT: the indicator measures an action assigned to the user;
     *                      for APPROVE_REVIEW: the user is one of the review's validators
     */
    public static boolean allows(boolean authenticated, boolean admin, WorkspaceRole role, EvaluationAction action,
            boolean own) {
        if (!authenticated) {
            return false;
        }
        if (action == EvaluationAction.APPROVE_REVIEW) {
            return own && (role != null || admin);
        }
        if (admin) {
            return true;
        }
        if (role == null) {
            return false;
        }
        return switch (action) {
            case VIEW, VIEW_REGIONAL -> true;
            case ENTER_MEASUREMENT -> role == WorkspaceRole.PILOTE || (role == WorkspaceRole.CONTRIBUTEUR && own);
            case MANAGE_INDICATORS, IMPORT_MEASUREMENTS, RUN_CAMPAIGN, EDIT_REVIEW, MANAGE_SHARING ->
                role == WorkspaceRole.PILOTE;
            case APPROVE_REVIEW -> false;
        };
    }
}
