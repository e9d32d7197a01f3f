package fr.maillage.evaluation;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Tokens;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One carrier's part of a campaign: the action, the contact asked, his personal link (only its hash
 * is kept), when it was sent and reminded, his answer (values wait in measurements that are not
 * official, and a short qualitative report) and its validation by the chef de projet.
 */
@Entity
@Table(name = "evaluation_campaign_request")
@Audited("evaluationCampaignRequest")
public class CampaignRequest implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long campaignId;
    private Long workspaceId;
    private Long actionId;
    private String actionTitle;
    private Long organisationId;
    private Long contactId;
    private String contactName;
    private String email;
    private String tokenHash;
    private Instant expiresAt;
    private boolean revoked;
    private Instant sentAt;
    private Instant lastRemindedAt;
    private int reminderCount;
    private Instant answeredAt;
    private String report;
    private Instant validatedAt;

    @Version
    private long version;

    protected CampaignRequest() {
    }

    CampaignRequest(Campaign campaign, Long actionId, String actionTitle, Long organisationId, Long contactId,
            String contactName, String email) {
        this.campaignId = campaign.getId();
        this.workspaceId = campaign.getWorkspaceId();
        this.actionId = actionId;
        this.actionTitle = actionTitle;
        this.organisationId = organisationId;
        this.contactId = contactId;
        this.contactName = contactName;
        this.email = email;
        this.expiresAt = campaign.linksExpireAt();
    }

    /** A new personal link (the former one stops working); returns the secret to put in the e-mail. */
    String issueLink() {
        String secret = Tokens.random();
        this.tokenHash = Tokens.hash(secret);
        this.revoked = false;
        this.sentAt = Instant.now();
        return secret;
    }

    void reminded() {
        this.lastRemindedAt = Instant.now();
        this.reminderCount++;
    }

    void revoke() {
        this.revoked = true;
    }

    /** Whether the link still opens the form at this instant. */
    public boolean isUsable(Instant now) {
        return !revoked && now.isBefore(expiresAt) && validatedAt == null;
    }

    void answer(String report) {
        if (validatedAt != null) {
            throw new BusinessRuleException("evaluation.answer.alreadyValidated");
        }
        this.report = report == null || report.isBlank() ? null : report.strip();
        this.answeredAt = Instant.now();
    }

    void validate() {
        if (answeredAt == null) {
            throw new BusinessRuleException("evaluation.campaign.validate.notAnswered");
        }
        if (validatedAt != null) {
            throw new BusinessRuleException("evaluation.campaign.validate.already");
        }
        this.validatedAt = Instant.now();
    }

    public boolean isAnswered() {
        return answeredAt != null;
    }

    public boolean isValidated() {
        return validatedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getActionId() {
        return actionId;
    }

    public String getActionTitle() {
        return actionTitle;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getContactName() {
        return contactName;
    }

    public String getEmail() {
        return email;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getLastRemindedAt() {
        return lastRemindedAt;
    }

    public int getReminderCount() {
        return reminderCount;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getReport() {
        return report;
    }

    public Instant getValidatedAt() {
        return validatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return actionTitle + " — " + contactName;
    }
}
