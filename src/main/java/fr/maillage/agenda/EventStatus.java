package fr.maillage.agenda;

/**
 * An event is prepared as a draft, published (visible, registrations open until the deadline) or
 * cancelled.
 */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED
}
