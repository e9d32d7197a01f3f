package fr.maillage.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One line of a meeting's émargement: the member as he sat that day (name, function, vote) and
 * whether he was there. The line keeps its own copy so that later changes of the body do not
 * rewrite the past.
 */
@Entity
@Table(name = "governance_attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private Long memberId;
    private Long organisationId;
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_function")
    private MemberFunction function;

    private boolean voting;

    @Enumerated(EnumType.STRING)
    private AttendanceStatus status;

    private String representedBy;

    @Version
    private long version;

    protected Attendance() {
    }

    Attendance(Long meetingId, BodyMember member, AttendanceStatus initial, String representedBy) {
        this.meetingId = meetingId;
        this.memberId = member.getId();
        this.organisationId = member.getOrganisationId();
        this.name = member.getName();
        this.function = member.getFunction();
        this.voting = member.isVoting();
        this.status = initial;
        this.representedBy = representedBy;
    }

    void mark(AttendanceStatus status, String representedBy) {
        this.status = status;
        this.representedBy = status == AttendanceStatus.REPRESENTED && representedBy != null && !representedBy.isBlank()
                ? representedBy.strip() : null;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public MemberFunction getFunction() {
        return function;
    }

    public boolean isVoting() {
        return voting;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public String getRepresentedBy() {
        return representedBy;
    }

    public long getVersion() {
        return version;
    }
}
