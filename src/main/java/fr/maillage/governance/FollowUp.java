package fr.maillage.governance;

import fr.maillage.shared.Audited;
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

/**
 * A follow-up (suite à donner) decided in a meeting: what to do, who does it (a member of the
 * workspace, possibly a partner invited as contributeur), by when, and where it stands.
 */
@Entity
@Table(name = "governance_follow_up")
@Audited("followUp")
public class FollowUp implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long bodyId;
    private Long meetingId;
    private Long decisionId;
    private String title;
    private String description;
    private Long ownerUserId;
    private String ownerName;
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status;

    private String statusNote;
    private LocalDate lastRemindedOn;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(Meeting meeting, Long decisionId, String title, String description, Long ownerUserId, String ownerName,
            LocalDate dueDate) {
        this.workspaceId = meeting.getWorkspaceId();
        this.bodyId = meeting.getBodyId();
        this.meetingId = meeting.getId();
        this.decisionId = decisionId;
        this.title = title.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.ownerUserId = ownerUserId;
        this.ownerName = ownerName;
        this.dueDate = dueDate;
        this.status = FollowUpStatus.A_FAIRE;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    void update(FollowUpStatus status, String note) {
        this.status = status;
        this.statusNote = note == null || note.isBlank() ? null : note.strip();
        this.updatedAt = Instant.now();
    }

    void reminded(LocalDate day) {
        this.lastRemindedOn = day;
    }

    public boolean isOverdue(LocalDate today) {
        return status.open() && dueDate != null && dueDate.isBefore(today);
    }

    public boolean isOverdue() {
        return isOverdue(LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Long getOwnerUserId() {
        return ownerUserId;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public String getStatusNote() {
        return statusNote;
    }

    public LocalDate getLastRemindedOn() {
        return lastRemindedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
