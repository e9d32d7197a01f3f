package fr.maillage.newsletter;

import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.Tokens;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What visitors do without an account: ask for a newsletter (double opt-in: a confirmation link is
 * e-mailed, only its hash is kept), confirm, and leave through the link of any issue. Answers never
 * tell whether an address was already subscribed.
 */
@Service
@Transactional
public class Subscriptions {

    /** Mail category of the confirmation e-mails in the outbox. */
    public static final String CONFIRMATION_CATEGORY = "newsletter-confirmation";

    private final Newsletters newsletters;
    private final Subscribers subscribers;
    private final Deliveries deliveries;
    private final MailOutbox outbox;
    private final MaillageProperties properties;
    private final MessageSource messages;

    Subscriptions(Newsletters newsletters, Subscribers subscribers, Deliveries deliveries, MailOutbox outbox,
            MaillageProperties properties, MessageSource messages) {
        this.newsletters = newsletters;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.properties = properties;
        this.messages = messages;
    }

    /** The newsletters visitors may subscribe to. */
    @Transactional(readOnly = true)
    public List<Newsletter> open() {
        return newsletters.findByOpenToSubscriptionTrueOrderByName();
    }

    @Transactional(readOnly = true)
    public Newsletter openNewsletter(Long newsletterId) {
        return newsletters.findById(newsletterId).filter(Newsletter::isOpenToSubscription)
                .orElseThrow(() -> new NotFoundException("newsletter " + newsletterId));
    }

    /**
     * Records the request and e-mails a confirmation link, unless the address is already confirmed or
     * was sent one a moment ago.
     */
    public void subscribe(Long newsletterId, String email) {
        Newsletter newsletter = openNewsletter(newsletterId);
        String address = email.strip().toLowerCase(Locale.ROOT);
        Subscriber subscriber = subscribers.findByNewsletterIdAndEmail(newsletterId, address)
                .orElseGet(() -> subscribers.save(new Subscriber(newsletterId, address)));
        String secret = Tokens.random();
        if (subscriber.requestConfirmation(Tokens.hash(secret), Instant.now())) {
            String link = properties.link("/lettre/confirmation/" + secret);
            outbox.enqueue(OutgoingMail.text(address, text("newsletter.mail.confirm.subject", newsletter.getName()),
                    text("newsletter.mail.confirm.text", newsletter.getName(), link), CONFIRMATION_CATEGORY,
                    String.valueOf(subscriber.getId())));
        }
    }

    /** Who a confirmation link is for, while it is valid. */
    @Transactional(readOnly = true)
    public Optional<Pending> pending(String secret) {
        return subscribers.findByConfirmationHash(Tokens.hash(secret))
                .filter(s -> s.getStatus() == SubscriberStatus.PENDING)
                .map(s -> new Pending(s.getEmail(), newsletters.findById(s.getNewsletterId()).orElseThrow().getName()));
    }

    /** Confirms the subscription of a valid link; false for an unknown or used one. */
    public boolean confirm(String secret) {
        Optional<Subscriber> subscriber = subscribers.findByConfirmationHash(Tokens.hash(secret))
                .filter(s -> s.getStatus() == SubscriberStatus.PENDING);
        subscriber.ifPresent(s -> s.confirm(Instant.now()));
        return subscriber.isPresent();
    }

    /** Who an issue's unsubscribe link is for. */
    @Transactional(readOnly = true)
    public Optional<Pending> recipient(String secret) {
        return deliveries.findByUnsubscribeHash(Tokens.hash(secret)).flatMap(d -> subscribers.findById(d.getSubscriberId()))
                .map(s -> new Pending(s.getEmail(), newsletters.findById(s.getNewsletterId()).orElseThrow().getName()));
    }

    /** Unsubscribes the recipient of an issue's link; false for an unknown link. Repeating it is harmless. */
    public boolean unsubscribe(String secret) {
        Optional<Subscriber> subscriber = deliveries.findByUnsubscribeHash(Tokens.hash(secret))
                .flatMap(d -> subscribers.findById(d.getSubscriberId()));
        subscriber.ifPresent(s -> s.unsubscribe(Instant.now()));
        return subscriber.isPresent();
    }

    /** An address and the newsletter a link is about. */
    public record Pending(String email, String newsletterName) {
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
