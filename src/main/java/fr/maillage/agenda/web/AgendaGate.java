package fr.maillage.agenda.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.agenda.AgendaAction;
import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.AgendaPermissions;
import fr.maillage.agenda.Event;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceAction;
import fr.maillage.workspace.WorkspaceRole;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The agenda's door for the workspace pages: the workspace must be visible to the user (otherwise
 * "not found"), the event must belong to it or be linked to it (otherwise "not found"), then the
 * agenda right is checked (otherwise "forbidden").
 */
@Component
class AgendaGate {

    private final WorkspaceAccess access;
    private final AgendaManagement agenda;

    AgendaGate(WorkspaceAccess access, AgendaManagement agenda) {
        this.access = access;
        this.agenda = agenda;
    }

    Workspace require(Long workspaceId, AccountPrincipal me, AgendaAction action) {
        Workspace workspace = access.require(workspaceId, me, WorkspaceAction.VIEW);
        if (!can(workspaceId, me, true, action)) {
            throw new AccessDeniedException("agenda " + workspaceId + " " + action);
        }
        return workspace;
    }

    /** The event seen from the workspace, when the user may do the action on it. */
    Event requireEvent(Long workspaceId, Long eventId, AccountPrincipal me, AgendaAction action) {
        access.require(workspaceId, me, WorkspaceAction.VIEW);
        Event event = agenda.event(workspaceId, eventId);
        if (!can(workspaceId, me, event.getWorkspaceId().equals(workspaceId), action)) {
            throw new AccessDeniedException("agenda event " + eventId + " " + action);
        }
        return event;
    }

    boolean can(Long workspaceId, AccountPrincipal me, boolean organiser, AgendaAction action) {
        WorkspaceRole role = me == null ? null : access.roleOf(workspaceId, me.id()).orElse(null);
        return AgendaPermissions.allows(me != null, me != null && me.isAdmin(), role, organiser, action);
    }
}
