package fr.maillage.newsletter;

/**
 * Where a subscriber stands: only {@code CONFIRMED} ones receive issues.
 */
public enum SubscriberStatus {
    /** Asked to subscribe; the confirmation link was sent and not yet followed. */
    PENDING,
    /** Followed the confirmation link. */
    CONFIRMED,
    /** Left, by a link of an issue or removed by the team. */
    UNSUBSCRIBED
}
