package fr.maillage.governance;

/** A member's attendance at a meeting, as taken on the émargement sheet. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED, REPRESENTED;

    /** Whether this member counts for the quorum (when he votes). */
    public boolean counts() {
        return this == PRESENT || this == REPRESENTED;
    }
}
