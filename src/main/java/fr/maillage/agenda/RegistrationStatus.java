package fr.maillage.agenda;

/**
 * A registration holds a seat, waits for one (in order of arrival) or was cancelled.
 */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}
