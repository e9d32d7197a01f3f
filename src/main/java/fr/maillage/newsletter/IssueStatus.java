package fr.maillage.newsletter;

/**
 * An issue is composed as a draft, then sent once.
 */
public enum IssueStatus {
    DRAFT,
    /** Being sent in batches to the subscribers confirmed when sending started. */
    SENDING,
    /** Handed to the mail outbox for every recipient. */
    SENT
}
