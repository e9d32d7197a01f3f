package fr.maillage.newsletter;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An issue handed to the outbox for one subscriber. Unique per (issue, subscriber) in the database,
 * which is what makes sending idempotent across retries and nodes. It holds the hash of the
 * unsubscribe secret written in that e-mail.
 */
@Entity
@Table(name = "newsletter_delivery")
public class Delivery {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long issueId;
    private Long subscriberId;
    private String unsubscribeHash;
    private Long mailId;
    private Instant createdAt;

    protected Delivery() {
    }

    Delivery(Long issueId, Long subscriberId, String unsubscribeHash) {
        this.issueId = issueId;
        this.subscriberId = subscriberId;
        this.unsubscribeHash = unsubscribeHash;
        this.createdAt = Instant.now();
    }

    void queued(Long mailId) {
        this.mailId = mailId;
    }

    public Long getId() {
        return id;
    }

    public Long getIssueId() {
        return issueId;
    }

    public Long getSubscriberId() {
        return subscriberId;
    }

    public Long getMailId() {
        return mailId;
    }
}
