package fr.maillage.governance;

import fr.maillage.workspace.WorkspaceRole;

/**
 * The governance's rights, as one pure function. Pilotes run the bodies: they define them,
 * convene and publish. Contributeurs prepare and hold meetings (agenda, attendance, minutes,
 * decisions) but neither convene nor publish, which speak for the workspace. Lecteurs read. The
 * owner of a follow-up, whatever his role (often a partner invited as contributeur), updates it.
 * Administrators may do everything; someone outside the workspace nothing.
 */
public final class GovernancePermissions {

    private GovernancePermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param admin         platform administrator
     * @param role          the user's role in the workspace, or null
     * @param owner         whether the user owns the follow-up concerned (only for UPDATE_FOLLOW_UP)
     */
    public static boolean allows(boolean authenticated, boolean admin, WorkspaceRole role, GovernanceAction action,
            boolean owner) {
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
            case VIEW, EXPORT -> true;
            case MANAGE_BODIES, CONVENE, PUBLISH_MINUTES -> role == WorkspaceRole.PILOTE;
            case PREPARE_MEETING, HOLD_MEETING -> role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR;
            case UPDATE_FOLLOW_UP -> owner || role == WorkspaceRole.PILOTE;
        };
    }
}
