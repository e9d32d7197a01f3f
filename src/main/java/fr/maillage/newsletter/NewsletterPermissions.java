package fr.maillage.newsletter;

import fr.maillage.workspace.WorkspaceRole;

/**
 * The newsletter's rights, as one pure function. Every member follows the newsletter; pilotes and
 * contributeurs compose issues and see the subscribers; sending to everyone and managing the list
 * belong to pilotes. Administrators may do everything; nobody outside the workspace anything
 * (visitors only subscribe and unsubscribe, through their e-mailed links).
 */
public final class NewsletterPermissions {

    private NewsletterPermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param admin         platform administrator
     * @param role          the user's role in the newsletter's workspace, or null
     */
    public static boolean allows(boolean authenticated, boolean admin, WorkspaceRole role, NewsletterAction action) {
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
            case VIEW_SUBSCRIBERS, COMPOSE -> role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR;
            case SEND, MANAGE -> role == WorkspaceRole.PILOTE;
        };
    }
}
