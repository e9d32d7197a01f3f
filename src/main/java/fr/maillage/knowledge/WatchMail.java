package fr.maillage.knowledge;

import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The news watch's e-mails, queued in the platform's outbox: an item shared with a colleague, and the
 * weekly digest.
 */
@Component
class WatchMail {

    static final String CATEGORY_SHARE = "knowledge-watch-share";
    static final String CATEGORY_DIGEST = "knowledge-watch-digest";

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final MaillageProperties properties;

    WatchMail(MailOutbox outbox, MessageSource messages, MaillageProperties properties) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
    }

    void itemShared(WatchItem item, String senderName, String email, String note) {
        String body = text("knowledge.mail.shared.body", senderName, item.getTitle(),
                item.getLink() == null ? "" : item.getLink(), note == null || note.isBlank() ? "" : note.strip(),
                properties.link("/espaces/" + item.getWorkspaceId() + "/veille/" + item.getId()));
        outbox.enqueue(OutgoingMail.text(email, text("knowledge.mail.shared.subject", senderName, item.getTitle()),
                body, CATEGORY_SHARE, String.valueOf(item.getId())));
    }

    /** The digest of the items fetched during the week, for one member. */
    void digest(String email, String workspaceName, Long workspaceId, List<WatchItem> items) {
        StringBuilder body = new StringBuilder(text("knowledge.mail.digest.intro", workspaceName, items.size()));
        for (WatchItem item : items) {
            body.append("\n\n• ").append(item.getTitle());
            if (item.getLink() != null) {
                body.append("\n  ").append(item.getLink());
            }
        }
        body.append("\n\n").append(text("knowledge.mail.digest.outro",
                properties.link("/espaces/" + workspaceId + "/veille")));
        outbox.enqueue(OutgoingMail.text(email, text("knowledge.mail.digest.subject", workspaceName),
                body.toString(), CATEGORY_DIGEST, String.valueOf(workspaceId)));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
