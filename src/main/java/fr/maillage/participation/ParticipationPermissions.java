package fr.maillage.participation;

import fr.maillage.workspace.WorkspaceRole;

/**
 * The participation module's rights, as one pure function. Residents' names stay with the people
 * who work with them: pilotes and contributeurs keep pools and members and see their details;
 * lecteurs and platform administrators who are not members see councils, compositions and draws
 * with pseudonyms only. Running a draw and choosing what goes public are the pilote's acts. Someone
 * who is not a member has no right at all, and anonymous visitors only see the public portal.
 */
public final class ParticipationPermissions {

    private ParticipationPermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param admin         platform administrator
     * @param role          the user's role in the workspace, or null
     */
    public static boolean allows(boolean authenticated, boolean admin, WorkspaceRole role, ParticipationAction action) {
        if (!authenticated) {
            return false;
        }
        if (role == null) {
            return admin && action == ParticipationAction.VIEW;
        }
        return switch (action) {
            case VIEW -> true;
            case EDIT, PERSONAL_DATA -> role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR;
            case DRAW, PUBLISH -> role == WorkspaceRole.PILOTE;
        };
    }
}
