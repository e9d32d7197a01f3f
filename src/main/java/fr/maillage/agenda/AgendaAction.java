package fr.maillage.agenda;

/**
 * What a user may try to do with the events of a workspace.
 */
public enum AgendaAction {
    /** List the workspace's events and read their pages, figures and survey results. */
    VIEW_EVENTS,
    /** Create, describe, schedule, publish or cancel events; write their survey. */
    MANAGE_EVENTS,
    /** Read the registrants' names and contact details. */
    VIEW_REGISTRATIONS,
    /** Take attendance, add walk-ins, cancel a registration, print sheets and certificates. */
    MANAGE_REGISTRATIONS,
    /** Send the satisfaction survey to the attendees; pilotes only, it writes to the public. */
    SEND_SURVEY
}
