package fr.maillage.agenda;

import fr.maillage.workspace.WorkspaceRole;

/**
 * The agenda's rights, as one pure function. Pilotes and contributeurs run the events of their
 * workspace and take attendance; lecteurs see the events and their figures but not who registered
 * (personal data of the public); only pilotes write to all attendees. A linked workspace's members
 * see the event as lecteurs do: only the organising workspace manages it. Nothing here is open to
 * anonymous visitors: the public portal shows published public events through its own rule
 * ({@link Event#isPublic()}).
 */
public final class AgendaPermissions {

    private AgendaPermissions() {
    }

    /**
     * @param authenticated whether someone is logged in
     * @param admin         platform administrator
     * @param role          the user's role in the workspace, or null
     * @param organiser     whether the workspace organises the event (false for a linked one)
     */
    public static boolean allows(boolean authenticated, boolean admin, WorkspaceRole role, boolean organiser,
            AgendaAction action) {
        if (!authenticated) {
            return false;
        }
        if (admin) {
            return true;
        }
        if (role == null) {
            return false;
        }
        if (action == AgendaAction.VIEW_EVENTS) {
            return true;
        }
        if (!organiser) {
            return false;
        }
        return switch (action) {
            case VIEW_EVENTS -> true;
            case MANAGE_EVENTS, VIEW_REGISTRATIONS, MANAGE_REGISTRATIONS ->
                role == WorkspaceRole.PILOTE || role == WorkspaceRole.CONTRIBUTEUR;
            case SEND_SURVEY -> role == WorkspaceRole.PILOTE;
        };
    }
}
