package fr.maillage.governance;

/** Where a meeting stands: planned, convened (invitations sent), held (attendance closed). */
public enum MeetingStatus {
    PLANNED, CONVENED, HELD
}
