package fr.maillage.governance;

/**
 * What a user may try to do in the governance of a workspace.
 */
public enum GovernanceAction {
    /** Read bodies, meetings, minutes, decisions and follow-ups. */
    VIEW,
    /** Create and describe bodies and their members, manage the calendar feed. */
    MANAGE_BODIES,
    /** Plan meetings and prepare their agenda and documents. */
    PREPARE_MEETING,
    /** Send invitations and reminders, revoke answer links. */
    CONVENE,
    /** Take attendance, write minutes, record decisions and follow-ups. */
    HOLD_MEETING,
    /** Publish the minutes (and corrections), send them to members. */
    PUBLISH_MINUTES,
    /** Change a follow-up's status: its owner, or whoever holds meetings. */
    UPDATE_FOLLOW_UP,
    /** Export the decisions register. */
    EXPORT
}
