package fr.maillage.participation;

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
import java.time.LocalDate;

/**
 * A seat-holder of a council over time: he joins (drawn, or entered by hand), may leave (resignation,
 * move...) and be replaced; the council keeps the history of its members.
 */
@Entity
@Table(name = "participation_member")
@Audited("councilMember")
public class Member implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long councilId;

    @Enumerated(EnumType.STRING)
    private College college;

    private String firstName;
    private String lastName;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    private AgeBand ageBand;

    private String qpvCode;
    private String organisationName;
    private String email;
    private String phone;
    private Long volunteerId;
    private Long drawEntryId;
    private LocalDate joinedOn;
    private LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    private LeaveReason leaveReason;

    private Long replacesMemberId;
    private boolean erased;

    @Version
    private long version;

    protected Member() {
    }

    Member(Long workspaceId, Long councilId, MemberDetails d, LocalDate joinedOn) {
        this.workspaceId = workspaceId;
        this.councilId = councilId;
        this.college = d.college();
        this.firstName = d.firstName().strip();
        this.lastName = d.lastName().strip();
        this.gender = d.gender();
        this.ageBand = d.ageBand();
        this.qpvCode = Volunteer.blankToNull(d.qpvCode());
        this.organisationName = Volunteer.blankToNull(d.organisationName());
        this.email = Volunteer.blankToNull(d.email());
        this.phone = Volunteer.blankToNull(d.phone());
        this.joinedOn = joinedOn;
    }

    /** A resident drawn by lot, or a substitute called, who takes a seat of the residents' college. */
    static Member drawn(Volunteer v, DrawEntry entry, Long councilId, LocalDate joinedOn, Long replaces) {
        Member m = new Member(v.getWorkspaceId(), councilId, new MemberDetails(College.HABITANTS, v.getFirstName(),
                v.getLastName(), v.getGender(), v.getAgeBand(), v.getQpvCode(), null, v.getEmail(), v.getPhone()),
                joinedOn);
        m.volunteerId = v.getId();
        m.drawEntryId = entry.getId();
        m.replacesMemberId = replaces;
        return m;
    }

    /** The member leaves on that date; someone who already left cannot leave again. */
    void leave(LocalDate on, LeaveReason reason) {
        if (leftOn != null) {
            throw new BusinessRuleException("participation.member.alreadyLeft");
        }
        if (on.isBefore(joinedOn)) {
            throw new BusinessRuleException("participation.member.leftBeforeJoining");
        }
        this.leftOn = on;
        this.leaveReason = reason;
    }

    void erase() {
        this.firstName = "—";
        this.lastName = "#" + id;
        this.email = null;
        this.phone = null;
        this.erased = true;
    }

    public boolean isActive() {
        return leftOn == null;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public College getCollege() {
        return college;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String fullName() {
        return firstName + " " + lastName;
    }

    public Gender getGender() {
        return gender;
    }

    public AgeBand getAgeBand() {
        return ageBand;
    }

    public String getQpvCode() {
        return qpvCode;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public Long getDrawEntryId() {
        return drawEntryId;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public LeaveReason getLeaveReason() {
        return leaveReason;
    }

    public Long getReplacesMemberId() {
        return replacesMemberId;
    }

    public boolean isErased() {
        return erased;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return fullName();
    }
}
