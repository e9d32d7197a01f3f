package fr.maillage.programme;

import fr.maillage.workspace.WorkspaceRole;

/**
 * The programme's rights, as one pure function. Pilotes run the strategy and every action;
 * contributeurs write actions and change those assigned to them; lecteurs read; someone who is not
 * a member of the workspace has no right there, and nobody anonymous sees anything.
 */
public final class ProgrammePermissions {

    private ProgrammePermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param admin         platform administrator
     * @param role          the user's role in the workspace, or null
     * @param assignedToMe  whether the action concerned is assigned to the user (false when no
     *                      action is concerned)
     */
    public static boolean allows(boolean authenticated, boolean admin, WorkspaceRole role, ProgrammeAction action,
            boolean assignedToMe) {
        if (!authenticated) {
            return false;
        }
        if (admin) {
            return true;
        }
        if (role == null) {
            return false;
        }
        return switch (action) {
            case VIEW -> true;
            case EDIT_STRATEGY, ASSIGN_ACTION -> role == WorkspaceRole.PILOTE;
            case CREATE_ACTION -> role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR;
            case EDIT_ACTION -> role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR && assignedToMe;
        };
    }
}
