package fr.maillage.governance;

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
import java.time.LocalDateTime;

/**
 * A meeting (séance) of a body. Its iCalendar UID is derived from its id and stays the same for
 * its whole life; the SEQUENCE goes up each time a change is sent to the members.
 */
@Entity
@Table(name = "governance_meeting")
@Audited("meeting")
public class Meeting implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long bodyId;
    private String title;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String videoLink;

    @Enumerated(EnumType.STRING)
    private MeetingStatus status;

    private int icsSequence;
    private Instant convenedAt;
    private Instant createdAt;

    @Version
    private long version;

    protected Meeting() {
    }

    Meeting(Long workspaceId, Long bodyId, MeetingDetails details) {
        this.workspaceId = workspaceId;
        this.bodyId = bodyId;
        this.status = MeetingStatus.PLANNED;
        this.createdAt = Instant.now();
        describe(details);
    }

    /** Changes date, place or title; a convened meeting's calendar entry then needs a new sequence. */
    void describe(MeetingDetails d) {
        if (!d.endsAt().isAfter(d.startsAt())) {
            throw new BusinessRuleException("governance.meeting.end.order");
        }
        boolean moved = startsAt != null && (!d.startsAt().equals(startsAt) || !d.endsAt().equals(endsAt)
                || !java.util.Objects.equals(blank(d.place()), place));
        this.title = d.title().strip();
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
        this.place = blank(d.place());
        this.videoLink = blank(d.videoLink());
        if (moved && convenedAt != null) {
            icsSequence++;
        }
    }

    void convene() {
        if (status == MeetingStatus.PLANNED) {
            status = MeetingStatus.CONVENED;
        }
        convenedAt = Instant.now();
    }

    void markHeld() {
        status = MeetingStatus.HELD;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The iCalendar UID: stable for the meeting's whole life. */
    public String icsUid() {
        return "meeting-" + id + "@maillage";
    }

    public LocalDate getDate() {
        return startsAt.toLocalDate();
    }

    public MeetingDetails details() {
        return new MeetingDetails(title, startsAt, endsAt, place, videoLink);
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

    public String getTitle() {
        return title;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getVideoLink() {
        return videoLink;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public int getIcsSequence() {
        return icsSequence;
    }

    public Instant getConvenedAt() {
        return convenedAt;
    }

    public long getVersion() {
        return version;
    }
}
