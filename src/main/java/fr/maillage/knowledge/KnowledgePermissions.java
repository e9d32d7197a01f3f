package fr.maillage.knowledge;

import fr.maillage.workspace.WorkspaceRole;

/**
 * The knowledge module's rights, as one pure function. Every member reads; pilotes and
 * contributeurs write sheets, resources and the news watch; a contributeur changes only the
 * sheets he wrote; only pilotes (and administrators) review, publish and choose the licence,
 * so that nothing leaves the workspace for the public portal without a pilote's decision.
 * Published sheets are public through the portal, which needs no right at all.
 */
public final class KnowledgePermissions {

    private KnowledgePermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param admin         platform administrator
     * @param role          the user's role in the workspace, or null
     * @param own           whether the sheet concerned was written by the user (ignored elsewhere)
     */
    public static boolean allows(boolean authenticated, boolean admin, WorkspaceRole role, KnowledgeAction action,
            boolean own) {
        if (!authenticated) {
            return false;
        }
        if (admin) {
            return true;
        }
        if (role == null) {
            return false;
        }
        boolean writer = role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR;
        return switch (action) {
            case VIEW -> true;
            case EDIT_SHEET, SUBMIT_SHEET, DELETE_SHEET -> role == WorkspaceRole.PILOTE
                    || (role == WorkspaceRole.CONTRIBUTEUR && own);
            case REVIEW_SHEET, CHOOSE_LICENCE -> role == WorkspaceRole.PILOTE;
            case EDIT_RESOURCE, MANAGE_SOURCES, ANNOTATE_WATCH -> writer;
        };
    }
}
