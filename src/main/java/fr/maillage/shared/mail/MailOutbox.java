package fr.maillage.shared.mail;

import fr.maillage.shared.Mails;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** Temporary in-memory stand-in of main's MailOutbox until the shared outbox is merged. */
@Service
public class MailOutbox {

    private final Mails mails;
    private final List<OutgoingMail> pending = new ArrayList<>();
    private final List<OutgoingMail> sent = new ArrayList<>();

    MailOutbox(Mails mails) {
        this.mails = mails;
    }

    public synchronized Long enqueue(OutgoingMail mail) {
        pending.add(mail);
        return (long) (pending.size() + sent.size());
    }

    public synchronized MailCounts counts(String category, String reference) {
        return new MailCounts(count(pending, category, reference), count(sent, category, reference), 0);
    }

    public synchronized int flush() {
        int n = 0;
        for (OutgoingMail mail : pending) {
            mails.send(mail.to(), mail.subject(), mail.text(), mail.attachments());
            sent.add(mail);
            n++;
        }
        pending.clear();
        return n;
    }

    private static long count(List<OutgoingMail> list, String category, String reference) {
        return list.stream().filter(m -> category == null || category.equals(m.category()))
                .filter(m -> reference == null || Objects.equals(reference, m.reference())).count();
    }
}
