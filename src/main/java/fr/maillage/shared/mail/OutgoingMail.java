package fr.maillage.shared.mail;

import fr.maillage.shared.Mails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Temporary stand-in of main's OutgoingMail until the shared outbox is merged. */
public record OutgoingMail(String to, String subject, String text, String html, Map<String, String> headers,
        List<Mails.Attachment> attachments, String category, String reference) {

    public static OutgoingMail text(String to, String subject, String text, String category, String reference) {
        return new OutgoingMail(to, subject, text, null, Map.of(), List.of(), category, reference);
    }

    public OutgoingMail withHtml(String newHtml) {
        return new OutgoingMail(to, subject, text, newHtml, headers, attachments, category, reference);
    }

    public OutgoingMail withHeader(String name, String value) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new OutgoingMail(to, subject, text, html, all, attachments, category, reference);
    }

    public OutgoingMail withAttachment(Mails.Attachment attachment) {
        List<Mails.Attachment> all = new ArrayList<>(attachments);
        all.add(attachment);
        return new OutgoingMail(to, subject, text, html, headers, all, category, reference);
    }
}
