package fr.maillage.shared.mail;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One e-mail of the outbox and its delivery state.
 */
@Entity
@Table(name = "shared_mail_outbox")
public class QueuedMail {

    /** Attempts before the mail is marked failed, and the wait after each failed one. */
    static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1));

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String category;
    private String reference;
    private String recipient;
    private String subject;
    private String bodyText;
    private String bodyHtml;
    private String headers;

    @Enumerated(EnumType.STRING)
    private MailStatus status;

    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private Instant createdAt;
    private Instant sentAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @JoinColumn(name = "mail_id", nullable = false)
    @OrderBy("position")
    private List<MailAttachment> attachments = new ArrayList<>();

    protected QueuedMail() {
    }

    QueuedMail(OutgoingMail mail, Instant now) {
        this.category = mail.category();
        this.reference = mail.reference();
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.headers = encodeHeaders(mail.headers());
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
        int position = 0;
        for (var attachment : mail.attachments()) {
            attachments.add(new MailAttachment(position++, attachment.fileName(), attachment.contentType(),
                    attachment.content()));
        }
    }

    void sent(Instant now) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void attemptFailed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts > BACKOFF.size()) {
            status = MailStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(BACKOFF.get(attempts - 1));
        }
    }

    void retry(Instant now) {
        if (status == MailStatus.FAILED) {
            status = MailStatus.PENDING;
            attempts = 0;
            nextAttemptAt = now;
        } else if (status == MailStatus.PENDING) {
            nextAttemptAt = now;
        }
    }

    static String encodeHeaders(Map<String, String> headers) {
        StringBuilder out = new StringBuilder();
        headers.forEach((name, value) -> out.append(name).append(": ")
                .append(value.replace('\n', ' ').replace('\r', ' ')).append('\n'));
        return out.isEmpty() ? null : out.toString();
    }

    Map<String, String> decodedHeaders() {
        Map<String, String> out = new LinkedHashMap<>();
        if (headers != null) {
            for (String line : headers.split("\n")) {
                int colon = line.indexOf(": ");
                if (colon > 0) {
                    out.put(line.substring(0, colon), line.substring(colon + 2));
                }
            }
        }
        return out;
    }

    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public String getReference() {
        return reference;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    List<MailAttachment> attachments() {
        return attachments;
    }
}
