package fr.maillage.shared.mail;

import fr.maillage.shared.Mails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An e-mail to queue in the {@link MailOutbox}.
 *
 * @param to recipient address
 * @param subject subject line
 * @param text plain-text body (always present: the alternative readers and filters use)
 * @param html HTML body, or {@code null}
 * @param headers extra headers, e.g. {@code List-Unsubscribe}
 * @param attachments files attached (calendar invitations, PDF minutes)
 * @param category what kind of mail this is, e.g. {@code governance-invitation}
 * @param reference the record it is about, e.g. a meeting id as text, to count and list by
 */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers,
        List<Mails.Attachment> attachments, String category, String reference) {

    public OutgoingMail {
        headers = Map.copyOf(headers == null ? Map.of() : headers);
        attachments = List.copyOf(attachments == null ? List.of() : attachments);
    }

    public static OutgoingMail text(String to, String subject, String text, String category, String reference) {
        return new OutgoingMail(to, subject, text, null, Map.of(), List.of(), category, reference);
    }

    public OutgoingMail withHtml(String html) {
        return new OutgoingMail(to, subject, text, html, headers, attachments, category, reference);
    }

    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new OutgoingMail(to, subject, text, html, more, attachments, category, reference);
    }

    public OutgoingMail withAttachment(Mails.Attachment attachment) {
        List<Mails.Attachment> more = new ArrayList<>(attachments);
        more.add(attachment);
        return new OutgoingMail(to, subject, text, html, headers, more, category, reference);
    }
}
