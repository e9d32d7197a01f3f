package fr.maillage.evaluation;

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
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A data-entry campaign: for one period and by a deadline, each carrier's contact is asked, through
 * a personal link, for the values of his action's indicators. The links stay usable some days after
 * the deadline for late answers.
 */
@Entity
@Table(name = "evaluation_campaign")
@Audited("evaluationCampaign")
public class Campaign implements WorkspaceScoped {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private String title;
    private String period;
    private LocalDate deadline;
    private int linkExtraDays;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    private Instant createdAt;

    @Version
    private long version;

    protected Campaign() {
    }

    Campaign(Long workspaceId, String title, String period, LocalDate deadline, int linkExtraDays) {
        if (deadline.isBefore(LocalDate.now(PARIS))) {
            throw new BusinessRuleException("evaluation.campaign.deadline.past");
        }
        this.workspaceId = workspaceId;
        this.title = title.strip();
        this.period = period.strip();
        this.deadline = deadline;
        this.linkExtraDays = Math.max(0, linkExtraDays);
        this.status = CampaignStatus.OPEN;
        this.createdAt = Instant.now();
    }

    /** When the links stop working: the end of the deadline's day plus the grace days, Paris time. */
    public Instant linksExpireAt() {
        return deadline.plusDays(linkExtraDays + 1L).atStartOfDay(PARIS).toInstant();
    }

    void close() {
        if (status == CampaignStatus.CLOSED) {
            throw new BusinessRuleException("evaluation.campaign.closed");
        }
        status = CampaignStatus.CLOSED;
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getTitle() {
        return title;
    }

    public String getPeriod() {
        return period;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public int getLinkExtraDays() {
        return linkExtraDays;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return title;
    }
}
