package fr.maillage.participation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A resident of a pool. His {@link #getReference()} is the pseudonym the draw publishes; his name
 * and contact details never leave the workspace, and are erased at his request or when the pool's
 * retention ends (the reference and the three criteria stay, so that past draws can be re-run).
 */
@Entity
@Table(name = "participation_volunteer")
public class Volunteer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long poolId;
    private String reference;
    private String firstName;
    private String lastName;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    private AgeBand ageBand;

    private String qpvCode;

    @Enumerated(EnumType.STRING)
    private ListSource source;

    private String email;
    private String phone;
    private String address;
    private Instant createdAt;
    private boolean erased;

    protected Volunteer() {
    }

    Volunteer(Long workspaceId, Long poolId, String reference, VolunteerDetails d) {
        this.workspaceId = workspaceId;
        this.poolId = poolId;
        this.reference = reference;
        this.firstName = d.firstName().strip();
        this.lastName = d.lastName().strip();
        this.gender = d.gender();
        this.ageBand = d.ageBand();
        this.qpvCode = d.qpvCode();
        this.source = d.source();
        this.email = blankToNull(d.email());
        this.phone = blankToNull(d.phone());
        this.address = blankToNull(d.address());
        this.createdAt = Instant.now();
    }

    /** Removes what identifies the person; the pseudonym and criteria keep past draws verifiable. */
    void erase() {
        this.firstName = "—";
        this.lastName = reference;
        this.email = null;
        this.phone = null;
        this.address = null;
        this.erased = true;
    }

    public FairDraw.Candidate candidate() {
        return new FairDraw.Candidate(reference, gender == null ? null : gender.code(),
                ageBand == null ? null : ageBand.code(), qpvCode);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getPoolId() {
        return poolId;
    }

    public String getReference() {
        return reference;
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

    public ListSource getSource() {
        return source;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public boolean isErased() {
        return erased;
    }
}
