package fr.maillage.directory;

import fr.maillage.workspace.WorkspaceRole;
import java.util.Set;

/**
 * The directory's rights, as one pure function. Pilotes and contributeurs keep the directory up to
 * date, lecteurs read it; someone who is not a member of the workspace has no right there at all
 * (contacts and notes of a workspace never leave it), and nobody anonymous sees anything. Importing
 * is the exception to the administrators' rights: the contacts go into the workspace, so only its
 * pilotes and contributeurs bring them in.
 */
public final class DirectoryPermissions {

    private DirectoryPermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param admin         platform administrator
     * @param role          the user's role in the workspace whose directory is used, or null
     */
    public static boolean allows(boolean authenticated, boolean admin, WorkspaceRole role, DirectoryAction action) {
        if (!authenticated) {
            return false;
        }
        if (action == DirectoryAction.IMPORT) {
            return role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR;
        }
        if (admin) {
            return true;
        }
        if (role == null) {
            return false;
        }
        return switch (action) {
            case VIEW_DIRECTORY, VIEW_CONTACTS -> true;
            case MERGE_ORGANISATIONS -> role == WorkspaceRole.PILOTE;
            case EDIT_ORGANISATION, EDIT_CONTACT, EDIT_NOTES, IMPORT ->
                role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR;
        };
    }

    /**
     * Whether a user may change or merge a shared organisation alone: a platform administrator
     * always; anyone else only when no workspace but his own relies on it, so that a pilote of one
     * workspace never rewrites what another workspace's records point to.
     *
     * @param userWorkspaceIds the workspaces the user acts for
     * @param relyingIds       the workspaces whose records point to the organisation
     */
    public static boolean mayChangeShared(boolean admin, Set<Long> userWorkspaceIds, Set<Long> relyingIds) {
        return admin || userWorkspaceIds.containsAll(relyingIds);
    }
}
