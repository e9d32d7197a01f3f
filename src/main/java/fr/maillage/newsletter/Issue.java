package fr.maillage.newsletter;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One issue of a newsletter: composed as a draft, then sent once. Sending is a state change guarded
 * by the version, so that two clicks (or two nodes) start it only once.
 */
@Entity
@Table(name = "newsletter_issue")
@Audited("newsletterIssue")
public class Issue implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long newsletterId;
    private Long workspaceId;
    private String title;
    private String introduction;

    @Enumerated(EnumType.STRING)
    private IssueStatus status;

    private Instant createdAt;
    private Instant sendingStartedAt;
    private Instant sentAt;
    private Integer recipients;

    @Version
    private long version;

    protected Issue() {
    }

    Issue(Newsletter newsletter, String title, String introduction) {
        this.newsletterId = newsletter.getId();
        this.workspaceId = newsletter.getWorkspaceId();
        this.createdAt = Instant.now();
        this.status = IssueStatus.DRAFT;
        describe(title, introduction);
    }

    /** @param introduction sanitised HTML */
    void describe(String title, String introduction) {
        requireDraft();
        this.title = title.strip();
        this.introduction = introduction;
    }

    void requireDraft() {
        if (status != IssueStatus.DRAFT) {
            throw new BusinessRuleException("newsletter.issue.notDraft");
        }
    }

    /** Starts sending to the subscribers confirmed now. */
    void startSending(int recipients, Instant now) {
        requireDraft();
        if (recipients == 0) {
            throw new BusinessRuleException("newsletter.issue.noRecipient");
        }
        this.status = IssueStatus.SENDING;
        this.recipients = recipients;
        this.sendingStartedAt = now;
    }

    void sent(Instant now) {
        if (status == IssueStatus.SENDING) {
            status = IssueStatus.SENT;
            sentAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getNewsletterId() {
        return newsletterId;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getTitle() {
        return title;
    }

    /** Sanitised HTML. */
    public String getIntroduction() {
        return introduction;
    }

    public IssueStatus getStatus() {
        return status;
    }

    public boolean isDraft() {
        return status == IssueStatus.DRAFT;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSendingStartedAt() {
        return sendingStartedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Integer getRecipients() {
        return recipients;
    }

    public long getVersion() {
        return version;
    }
}
