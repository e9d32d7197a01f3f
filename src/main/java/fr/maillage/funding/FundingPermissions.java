package fr.maillage.funding;

import fr.maillage.workspace.WorkspaceRole;

/**
 * The funding module's rights, as one pure function. Only members of the workspace see its funding
 * (a platform administrator who is not a member sees nothing, subsidies being the partners' own
 * business); lecteurs read; contributeurs record applications and edit those assigned to them;
 * pilotes run the call, the instruction, the grants and the envelopes.
 */
public final class FundingPermissions {

    private FundingPermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param role          the user's role in the workspace, or null when he is not a member
     * @param assigned      whether the application concerned is assigned to the user (false when
     *                      the action concerns no application)
     */
    public static boolean allows(boolean authenticated, WorkspaceRole role, FundingAction action, boolean assigned) {
        if (!authenticated || role == null) {
            return false;
        }
        return switch (action) {
            case VIEW -> true;
            case CREATE_APPLICATION -> role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR;
            case EDIT_APPLICATION -> role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR && assigned;
            case MANAGE_CALLS, INSTRUCT, RECORD_GRANTS, MANAGE_ENVELOPES -> role == WorkspaceRole.PILOTE;
        };
    }
}
