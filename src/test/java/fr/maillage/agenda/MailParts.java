package fr.maillage.agenda;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The text and the attachments of a received e-mail, as a mail client shows them.
 */
final class MailParts {

    private MailParts() {
    }

    static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain") && part.getFileName() == null) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    static List<BodyPart> attachments(Part part) throws Exception {
        List<BodyPart> found = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.getFileName() != null) {
                    found.add(body);
                } else {
                    found.addAll(attachments(body));
                }
            }
        }
        return found;
    }

    static InputStream open(BodyPart part) throws Exception {
        return part.getInputStream();
    }
}
