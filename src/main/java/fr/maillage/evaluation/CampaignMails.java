package fr.maillage.evaluation;

import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import fr.maillage.workspace.WorkspaceManagement;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The e-mails of a campaign, queued in the shared outbox within the caller's transaction: the
 * request with the personal link, and the reminders (each with a new link that replaces the former).
 */
@Component
class CampaignMails {

    static final String CATEGORY = "evaluation-campaign";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final MaillageProperties properties;
    private final WorkspaceManagement workspaces;

    CampaignMails(MailOutbox outbox, MessageSource messages, MaillageProperties properties,
            WorkspaceManagement workspaces) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
        this.workspaces = workspaces;
    }

    void request(Campaign campaign, CampaignRequest request, String secret) {
        send(campaign, request, secret, "evaluation.mail.request");
    }

    void reminder(Campaign campaign, CampaignRequest request, String secret) {
        send(campaign, request, secret, "evaluation.mail.reminder");
    }

    private void send(Campaign campaign, CampaignRequest request, String secret, String prefix) {
        String workspace = workspaces.get(campaign.getWorkspaceId()).getName();
        String link = properties.link("/portail/saisie/" + secret);
        String deadline = campaign.getDeadline().format(DATE);
        String subject = text(prefix + ".subject", campaign.getTitle(), request.getActionTitle());
        String body = text(prefix + ".text", request.getContactName(), workspace, request.getActionTitle(),
                campaign.getPeriod(), deadline, link);
        outbox.enqueue(OutgoingMail.text(request.getEmail(), subject, body, CATEGORY, String.valueOf(campaign.getId())));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
