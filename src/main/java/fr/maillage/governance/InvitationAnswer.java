package fr.maillage.governance;

/** A member's answer to an invitation. */
public enum InvitationAnswer {
    PENDING, PRESENT, ABSENT, REPRESENTED
}
