package fr.maillage.shared.mail;

import jakarta.mail.MessagingException;
import java.time.Instant;
import java.util.Optional;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Whether the SMTP server answered the last time this node talked to it, and what it said when it
 * did not: the administrators' view of a server that is down, before anyone misses an e-mail.
 * Kept in memory (each node talks to the server on its own); a check on demand opens a connection.
 */
@Component
public class MailServerStatus {

    private final JavaMailSender sender;
    private volatile Snapshot last = new Snapshot(null, null, null, null);

    MailServerStatus(JavaMailSender sender) {
        this.sender = sender;
    }

    /**
     * What is known of the server.
     *
     * @param lastSuccessAt when it last accepted a message or a check, or {@code null}
     * @param lastFailureAt when it last refused or could not be reached, or {@code null}
     * @param lastError     the error of that failure
     * @param checkedAt     when the server was last tried at all
     */
    public record Snapshot(Instant lastSuccessAt, Instant lastFailureAt, String lastError, Instant checkedAt) {

        /** Known to answer: its last contact succeeded. Unknown (never tried) counts as not known. */
        public boolean reachable() {
            return lastSuccessAt != null && (lastFailureAt == null || lastSuccessAt.isAfter(lastFailureAt));
        }

        public boolean unknown() {
            return checkedAt == null;
        }
    }

    public Snapshot snapshot() {
        return last;
    }

    /** The host and port e-mails go to, as configured; empty when the sender is not a plain SMTP client. */
    public Optional<String> server() {
        return sender instanceof JavaMailSenderImpl smtp
                ? Optional.of(smtp.getHost() + ":" + (smtp.getPort() > 0 ? smtp.getPort() : 25)) : Optional.empty();
    }

    /** Opens a connection to the server now and records the outcome. */
    public Snapshot check() {
        if (sender instanceof JavaMailSenderImpl smtp) {
            try {
                smtp.testConnection();
                succeeded(Instant.now());
            } catch (MessagingException e) {
                failed(Instant.now(), e.getMessage());
            }
        }
        return last;
    }

    synchronized void succeeded(Instant at) {
        last = new Snapshot(at, last.lastFailureAt(), last.lastError(), at);
    }

    synchronized void failed(Instant at, String error) {
        String message = error == null || error.isBlank() ? "?" : error.substring(0, Math.min(error.length(), 500));
        last = new Snapshot(last.lastSuccessAt(), at, message, at);
    }
}
