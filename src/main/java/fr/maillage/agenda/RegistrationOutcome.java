package fr.maillage.agenda;

/**
 * What a registration gave: a seat or a place on the waiting list (position from 1).
 */
public record RegistrationOutcome(Long registrationId, Long eventId, RegistrationStatus status, long position) {

    public boolean confirmed() {
        return status == RegistrationStatus.CONFIRMED;
    }
}
