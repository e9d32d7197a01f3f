package fr.maillage.shared;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends e-mails through the configured SMTP server, as plain text with optional attachments.
 */
@Component
public class Mails {

    private static final Logger log = LoggerFactory.getLogger(Mails.class);

    private final JavaMailSender sender;
    private final MaillageProperties properties;

    public Mails(JavaMailSender sender, MaillageProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    /** An attachment: file name, MIME type and content. */
    public record Attachment(String fileName, String contentType, byte[] content) {
    }

    /**
     * Sends one message.
     *
     * @throws MailDeliveryException when the SMTP server refuses or cannot be reached
     */
    public void send(String to, String subject, String text, List<Attachment> attachments) {
        send(to, subject, text, null, Map.of(), attachments);
    }

    /**
     * Sends one message with an optional HTML alternative and extra headers.
     *
     * @throws MailDeliveryException when the SMTP server refuses or cannot be reached
     */
    public void send(String to, String subject, String text, String html, Map<String, String> headers,
            List<Attachment> attachments) {
        MimeMessage message = prepare(to, subject, text, html, headers, attachments);
        try {
            sender.send(message);
        } catch (MailException e) {
            log.warn("E-mail to {} could not be sent: {}", to, e.getMessage());
            throw new MailDeliveryException(e);
        }
    }

    /**
     * Builds a message without sending it, for {@link #sendAll}.
     *
     * @throws MailDeliveryException when the message cannot be built (a malformed address, say)
     */
    public MimeMessage prepare(String to, String subject, String text, String html, Map<String, String> headers,
            List<Attachment> attachments) {
        try {
            MimeMessage message = sender.createMimeMessage();
            boolean multipart = html != null || !attachments.isEmpty();
            MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
            helper.setFrom(properties.mailFrom());
            helper.setTo(to);
            helper.setSubject(subject);
            if (html != null) {
                helper.setText(text, html);
            } else {
                helper.setText(text, false);
            }
            for (Attachment a : attachments) {
                helper.addAttachment(a.fileName(), () -> new java.io.ByteArrayInputStream(a.content()),
                        a.contentType());
            }
            for (Map.Entry<String, String> header : headers.entrySet()) {
                message.setHeader(header.getKey(), header.getValue());
            }
            return message;
        } catch (MessagingException | MailException e) {
            log.warn("E-mail to {} could not be built: {}", to, e.getMessage());
            throw new MailDeliveryException(e);
        }
    }

    /**
     * Sends messages over one SMTP connection (a connection per message costs more than the message
     * itself when sending a newsletter). A message the server refuses does not stop the others.
     *
     * @return the refused messages with their error; empty when every message was accepted
     */
    public Map<MimeMessage, Exception> sendAll(List<MimeMessage> messages) {
        Map<MimeMessage, Exception> failed = new IdentityHashMap<>();
        if (messages.isEmpty()) {
            return failed;
        }
        try {
            sender.send(messages.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            Map<Object, Exception> refused = e.getFailedMessages();
            if (refused.isEmpty()) {
                messages.forEach(m -> failed.put(m, e));
            } else {
                refused.forEach((message, error) -> {
                    if (message instanceof MimeMessage mime) {
                        failed.put(mime, error);
                    }
                });
            }
        } catch (MailException e) {
            messages.forEach(m -> failed.put(m, e));
        }
        if (!failed.isEmpty()) {
            log.warn("{} of {} e-mails could not be sent: {}", failed.size(), messages.size(),
                    failed.values().iterator().next().getMessage());
        }
        return failed;
    }

    public void send(String to, String subject, String text) {
        send(to, subject, text, List.of());
    }

    /** The mail server refused or could not be reached. */
    public static class MailDeliveryException extends RuntimeException {
        MailDeliveryException(Exception cause) {
            super(cause);
        }
    }
}
