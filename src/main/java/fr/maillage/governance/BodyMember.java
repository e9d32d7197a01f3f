package fr.maillage.governance;

import fr.maillage.shared.BusinessRuleException;
import jakarta.persistence.Column;
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
 * A member of a body: an organisation of the directory or a contact of the workspace (the name is
 * kept as it was when added, so that past minutes stay true), with his function and mandate.
 */
@Entity
@Table(name = "governance_body_member")
public class BodyMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long bodyId;
    private Long organisationId;
    private Long contactId;
    private String name;
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_function")
    private MemberFunction function;

    private String college;
    private LocalDate mandateStart;
    private LocalDate mandateEnd;
    private boolean voting;

    @Version
    private long version;

    protected BodyMember() {
    }

    BodyMember(Long bodyId, String name, MemberDetails details) {
        this.bodyId = bodyId;
        describe(name, details);
    }

    void describe(String name, MemberDetails d) {
        if (d.organisationId() == null && d.contactId() == null) {
            throw new BusinessRuleException("governance.member.who.required");
        }
        if (d.mandateStart() != null && d.mandateEnd() != null && d.mandateEnd().isBefore(d.mandateStart())) {
            throw new BusinessRuleException("governance.member.mandate.order");
        }
        this.name = name;
        this.organisationId = d.organisationId();
        this.contactId = d.contactId();
        this.email = d.email() == null || d.email().isBlank() ? null : d.email().strip();
        this.function = d.function();
        this.college = d.college() == null || d.college().isBlank() ? null : d.college().strip();
        this.mandateStart = d.mandateStart();
        this.mandateEnd = d.mandateEnd();
        this.voting = d.voting();
    }

    /** Whether his mandate covers the day (an open mandate covers every day). */
    public boolean sitsOn(LocalDate day) {
        return (mandateStart == null || !day.isBefore(mandateStart)) && (mandateEnd == null || !day.isAfter(mandateEnd));
    }

    public MemberDetails details() {
        return new MemberDetails(organisationId, contactId, email, function, college, mandateStart, mandateEnd, voting);
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getContactId() {
        return contactId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public MemberFunction getFunction() {
        return function;
    }

    public String getCollege() {
        return college;
    }

    public LocalDate getMandateStart() {
        return mandateStart;
    }

    public LocalDate getMandateEnd() {
        return mandateEnd;
    }

    public boolean isVoting() {
        return voting;
    }

    public long getVersion() {
        return version;
    }
}
