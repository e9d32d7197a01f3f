package fr.maillage.newsletter;

/**
 * What a member may try to do with his workspace's newsletter.
 */
public enum NewsletterAction {
    /** See the newsletter, its issues and their sending progress. */
    VIEW,
    /** See the subscribers' addresses (personal data). */
    VIEW_SUBSCRIBERS,
    /** Write and change draft issues. */
    COMPOSE,
    /** Send an issue to every confirmed subscriber. */
    SEND,
    /** Create the newsletter, change its description, remove subscribers. */
    MANAGE
}
