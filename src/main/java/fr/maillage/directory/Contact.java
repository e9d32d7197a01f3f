package fr.maillage.directory;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
import fr.maillage.shared.internal.FrenchAnalysisConfigurer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A person a workspace works with, kept by that workspace only, with the legal basis that allows
 * it to keep his details. Indexed with the workspace id so that a search never crosses workspaces.
 */
@Entity
@Table(name = "directory_contact")
@Audited("contact")
@Indexed(index = "directory-contact")
public class Contact implements WorkspaceScoped {

    /** Index fields, for queries. */
    public static final String WORKSPACE = "workspaceId";
    public static final String FIRST_NAME = "firstName";
    public static final String FIRST_NAME_PREFIX = "firstNamePrefix";
    public static final String LAST_NAME = "lastName";
    public static final String LAST_NAME_PREFIX = "lastNamePrefix";
    public static final String JOB_TITLE = "jobTitle";
    public static final String SORT = "sortName";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GenericField(name = WORKSPACE)
    private Long workspaceId;

    @FullTextField(name = FIRST_NAME, analyzer = FrenchAnalysisConfigurer.FOLDED)
    @FullTextField(name = FIRST_NAME_PREFIX, analyzer = FrenchAnalysisConfigurer.FOLDED_EDGE,
            searchAnalyzer = FrenchAnalysisConfigurer.FOLDED)
    private String firstName;

    @FullTextField(name = LAST_NAME, analyzer = FrenchAnalysisConfigurer.FOLDED)
    @FullTextField(name = LAST_NAME_PREFIX, analyzer = FrenchAnalysisConfigurer.FOLDED_EDGE,
            searchAnalyzer = FrenchAnalysisConfigurer.FOLDED)
    @KeywordField(name = SORT, normalizer = FrenchAnalysisConfigurer.SORT, sortable = Sortable.YES)
    private String lastName;

    @FullTextField(name = JOB_TITLE, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String jobTitle;

    private String email;
    private String phone;

    @Enumerated(EnumType.STRING)
    private LegalBasis legalBasis;

    private LocalDate consentDate;
    private String notes;
    private Instant createdAt;

    /** Last written by someone: the start of the retention period. */
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "directory_contact_organisation", joinColumns = @JoinColumn(name = "contact_id"))
    private Set<Affiliation> affiliations = new HashSet<>();

    @Version
    private long version;

    protected Contact() {
    }

    Contact(Long workspaceId, ContactDetails details) {
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
        describe(details);
    }

    /** Replaces the contact's details; consent without a date is refused. */
    void describe(ContactDetails d) {
        if (!d.consentIsDated()) {
            throw new BusinessRuleException("directory.contact.consentDate.required");
        }
        this.firstName = d.firstName().strip();
        this.lastName = d.lastName().strip();
        this.jobTitle = Organisation.blankToNull(d.jobTitle());
        this.email = Organisation.blankToNull(d.email());
        this.phone = Organisation.blankToNull(d.phone());
        this.legalBasis = d.legalBasis();
        this.consentDate = d.legalBasis() == LegalBasis.CONSENTEMENT ? d.consentDate() : null;
        this.notes = Organisation.blankToNull(d.notes());
        this.affiliations.clear();
        d.affiliations().forEach(this::attach);
        this.updatedAt = Instant.now();
    }

    /**
     * Removes what identifies the person, at her request (RGPD art. 17), while the workspace keeps
     * the trace that someone held this role in these organisations.
     */
    void anonymise() {
        this.firstName = "—";
        this.lastName = "#" + id;
        this.jobTitle = null;
        this.email = null;
        this.phone = null;
        this.notes = null;
        this.consentDate = null;
        this.legalBasis = LegalBasis.MISSION_INTERET_PUBLIC;
        this.updatedAt = Instant.now();
    }

    /** Someone checked at review that the details are still needed: the retention period restarts. */
    void confirmStillNeeded() {
        this.updatedAt = Instant.now();
    }

    /** Ties the contact to an organisation, replacing his former role there. */
    void attach(Affiliation affiliation) {
        detach(affiliation.organisationId());
        affiliations.add(new Affiliation(affiliation.organisationId(), Organisation.blankToNull(affiliation.role())));
    }

    void detach(Long organisationId) {
        affiliations.removeIf(a -> a.organisationId().equals(organisationId));
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    /** "Claire Martin". */
    public String fullName() {
        return firstName + " " + lastName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public LegalBasis getLegalBasis() {
        return legalBasis;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<Affiliation> getAffiliations() {
        return affiliations.stream().sorted(Comparator.comparing(Affiliation::organisationId)).toList();
    }

    public long getVersion() {
        return version;
    }

    public ContactDetails details() {
        return new ContactDetails(firstName, lastName, jobTitle, email, phone, legalBasis, consentDate, notes,
                getAffiliations());
    }

    @Override
    public String toString() {
        return fullName();
    }
}
