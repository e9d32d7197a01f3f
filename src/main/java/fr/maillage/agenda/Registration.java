package fr.maillage.agenda;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Tokens;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A person's registration to an event: a seat, a place on the waiting list (ordered by arrival),
 * or a cancellation. Only hashes of the cancel and survey links are stored, so that the database
 * alone is not enough to use them. Not audited: it holds a member of the public's personal data.
 */
@Entity
@Table(name = "agenda_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long eventId;
    private String fullName;
    private String organisationName;
    private Long organisationId;
    private String email;
    private String emailKey;
    private String functionTitle;

    @Enumerated(EnumType.STRING)
    private TargetPublic publicCode;

    private String accessibilityNeeds;

    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;

    private boolean walkIn;
    private Instant consentAt;
    private Instant createdAt;
    private Instant promotedAt;
    private Instant cancelledAt;
    private String cancelTokenHash;
    private String surveyTokenHash;
    private boolean surveyAnswered;

    @Version
    private long version;

    protected Registration() {
    }

    Registration(Long eventId, RegistrationDetails details, Long organisationId, RegistrationStatus status,
            boolean walkIn, String cancelSecret) {
        this.eventId = eventId;
        this.fullName = details.fullName().strip();
        this.organisationName = Event.blankToNull(details.organisation());
        this.organisationId = organisationId;
        this.email = details.email().strip();
        this.emailKey = keyOf(details.email());
        this.functionTitle = Event.blankToNull(details.function());
        this.publicCode = details.publicKind();
        this.accessibilityNeeds = Event.blankToNull(details.accessibilityNeeds());
        this.status = status;
        this.walkIn = walkIn;
        this.createdAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.consentAt = walkIn ? null : createdAt;
        this.cancelTokenHash = Tokens.hash(cancelSecret);
    }

    /** The form under which e-mail addresses are compared: "Anne@X.fr " and "anne@x.fr" are one. */
    static String keyOf(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    void cancel() {
        if (status == RegistrationStatus.CANCELLED) {
            throw new BusinessRuleException("agenda.registration.alreadyCancelled");
        }
        status = RegistrationStatus.CANCELLED;
        cancelledAt = Instant.now();
    }

    /** Gives the seat; the link of the new e-mail replaces the waiting one's. */
    void promote(String newCancelSecret) {
        if (status != RegistrationStatus.WAITING) {
            throw new IllegalStateException("only a waiting registration is promoted");
        }
        status = RegistrationStatus.CONFIRMED;
        promotedAt = Instant.now();
        cancelTokenHash = Tokens.hash(newCancelSecret);
    }

    /** Gives a new survey link; the previous one stops working. */
    void surveyLink(String secret) {
        this.surveyTokenHash = Tokens.hash(secret);
    }

    void surveyAnswered() {
        if (surveyAnswered) {
            throw new BusinessRuleException("agenda.survey.alreadyAnswered");
        }
        this.surveyAnswered = true;
    }

    public boolean isActive() {
        return status != RegistrationStatus.CANCELLED;
    }

    public Long getId() {
        return id;
    }

    public Long getEventId() {
        return eventId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getEmail() {
        return email;
    }

    public String getFunctionTitle() {
        return functionTitle;
    }

    public TargetPublic getPublicCode() {
        return publicCode;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    public Instant getConsentAt() {
        return consentAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public Instant getCancelledAt() {
        return cancelledAt;
    }

    public boolean isSurveyAnswered() {
        return surveyAnswered;
    }

    public long getVersion() {
        return version;
    }
}
