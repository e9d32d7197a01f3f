package fr.maillage.workspace;

/**
 * The workspace module's rights, as one pure function of who asks, his role there and the action.
 * Administrators manage every workspace; a non-member has no right at all, not even to know that
 * the workspace exists.
 */
public final class WorkspacePermissions {

    private WorkspacePermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param admin         platform administrator
     * @param role          the user's role in the workspace, or null when he is not a member
     */
    public static boolean allows(boolean authenticated, boolean admin, WorkspaceRole role, WorkspaceAction action) {
        if (!authenticated) {
            return false;
        }
        if (admin) {
            return true;
        }
        if (role == null || action == WorkspaceAction.CREATE) {
            return false;
        }
        return switch (action) {
            case VIEW -> true;
            case EDIT, MANAGE_MEMBERS, VIEW_AUDIT -> role == WorkspaceRole.PILOTE;
            case CREATE -> false;
        };
    }
}
