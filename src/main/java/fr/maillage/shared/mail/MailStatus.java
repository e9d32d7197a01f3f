package fr.maillage.shared.mail;

/** Where a queued e-mail stands. */
public enum MailStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the last attempt; an administrator may retry it. */
    FAILED
}
