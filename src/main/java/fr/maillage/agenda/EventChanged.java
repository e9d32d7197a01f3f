package fr.maillage.agenda;

/**
 * Published after an event was created, described, scheduled, published or cancelled.
 */
public record EventChanged(Long eventId, Long workspaceId) {
}
