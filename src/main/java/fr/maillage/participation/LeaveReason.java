package fr.maillage.participation;

/**
 * Why a member left the council.
 */
public enum LeaveReason {
    DEMISSION, DEMENAGEMENT, FIN_DE_MANDAT, AUTRE
}
