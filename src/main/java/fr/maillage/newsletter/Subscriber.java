package fr.maillage.newsletter;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * Someone who asked for a newsletter by e-mail (double opt-in): the consent date, the hash of the
 * confirmation secret sent to him, and when he confirmed or left. Not audited: an address and its
 * dates are all there is, and the trail would outlive an erasure.
 */
@Entity
@Table(name = "newsletter_subscriber")
public class Subscriber {

    /** A new confirmation e-mail is sent at most this often to one address. */
    static final Duration RESEND_DELAY = Duration.ofMinutes(10);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long newsletterId;
    private String email;

    @Enumerated(EnumType.STRING)
    private SubscriberStatus status;

    private String confirmationHash;
    private Instant confirmationSentAt;
    private Instant consentAt;
    private Instant confirmedAt;
    private Instant unsubscribedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected Subscriber() {
    }

    Subscriber(Long newsletterId, String email) {
        this.newsletterId = newsletterId;
        this.email = email;
        this.createdAt = Instant.now();
        this.status = SubscriberStatus.PENDING;
        this.consentAt = createdAt;
    }

    /**
     * Records a (new) request to subscribe with the hash of the secret about to be sent; false when
     * nothing is to be sent: already confirmed, or a confirmation e-mail left a moment ago.
     */
    boolean requestConfirmation(String secretHash, Instant now) {
        if (status == SubscriberStatus.CONFIRMED) {
            return false;
        }
        if (status == SubscriberStatus.PENDING && confirmationSentAt != null
                && confirmationSentAt.plus(RESEND_DELAY).isAfter(now)) {
            return false;
        }
        status = SubscriberStatus.PENDING;
        consentAt = now;
        unsubscribedAt = null;
        confirmationHash = secretHash;
        confirmationSentAt = now;
        return true;
    }

    void confirm(Instant now) {
        status = SubscriberStatus.CONFIRMED;
        confirmedAt = now;
        confirmationHash = null;
    }

    void confirmImported(Instant consentAt, Instant confirmedAt) {
        if (status != SubscriberStatus.CONFIRMED) {
            this.consentAt = consentAt;
            confirm(confirmedAt);
        }
    }

    void unsubscribe(Instant now) {
        if (status != SubscriberStatus.UNSUBSCRIBED) {
            status = SubscriberStatus.UNSUBSCRIBED;
            unsubscribedAt = now;
            confirmationHash = null;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getNewsletterId() {
        return newsletterId;
    }

    public String getEmail() {
        return email;
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Instant getUnsubscribedAt() {
        return unsubscribedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
