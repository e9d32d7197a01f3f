package fr.maillage.directory;

import fr.maillage.shared.AuditEntries;
import fr.maillage.shared.AuditErasure;
import fr.maillage.shared.PersonalDataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A contact's rights under the RGPD, as the workspace answers them: access (everything Maillage
 * holds about the person), erasure, anonymisation, and the review of contacts kept longer than the
 * retention period ({@link DirectoryProperties#contactRetentionYears()}). Erasing or anonymising
 * also erases the values the audit trail recorded about the person. What other modules hold about
 * the same person in the workspace (found by e-mail through {@link PersonalDataSource}, e.g. council
 * members) is part of the file and of the erasure.
 */
@Service
@Transactional
public class ContactPersonalData {

    private static final String AUDIT_TYPE = Contact.class.getSimpleName();

    private final DirectoryManagement directory;
    private final Contacts contacts;
    private final AuditEntries audit;
    private final AuditErasure erasure;
    private final int retentionYears;
    private final List<PersonalDataSource> sources;

    ContactPersonalData(DirectoryManagement directory, Contacts contacts, AuditEntries audit, AuditErasure erasure,
            DirectoryProperties properties, List<PersonalDataSource> sources) {
        this.sources = sources;
        this.directory = directory;
        this.contacts = contacts;
        this.audit = audit;
        this.erasure = erasure;
        this.retentionYears = properties.contactRetentionYears();
    }

    /** Everything held about the person, for her access request (RGPD art. 15). */
    public record PersonalDataFile(Instant generatedAt, Long workspaceId, Long contactId, String firstName,
            String lastName, String jobTitle, String email, String phone, String legalBasis, LocalDate consentDate,
            String notes, Instant createdAt, Instant updatedAt, List<Membership> organisations, List<Change> history,
            List<PersonalDataSource.Found> elsewhere) {
    }

    /** An organisation the person is tied to, and her role there. */
    public record Membership(Long organisationId, String organisation, String role) {
    }

    /** A line of the audit trail about the person's record. */
    public record Change(Instant occurredAt, String actor, String action, String changes) {
    }

    @Transactional(readOnly = true)
    public PersonalDataFile file(Long workspaceId, Long contactId) {
        Contact c = directory.contact(workspaceId, contactId);
        Map<Long, Organisation> organisations = directory.organisations(
                c.getAffiliations().stream().map(Affiliation::organisationId).toList());
        List<Membership> memberships = c.getAffiliations().stream().map(a -> new Membership(a.organisationId(),
                organisations.containsKey(a.organisationId()) ? organisations.get(a.organisationId()).label() : null,
                a.role())).toList();
        List<Change> history = audit.findByEntityTypeAndEntityIdOrderByIdAsc(AUDIT_TYPE, contactId.toString()).stream()
                .map(e -> new Change(e.getOccurredAt(), e.getActor(), e.getAction().name(), e.getChanges())).toList();
        return new PersonalDataFile(Instant.now(), workspaceId, contactId, c.getFirstName(), c.getLastName(),
                c.getJobTitle(), c.getEmail(), c.getPhone(), c.getLegalBasis().name(), c.getConsentDate(),
                c.getNotes(), c.getCreatedAt(), c.getUpdatedAt(), memberships, history,
                sources.stream().flatMap(s -> s.find(workspaceId, c.getEmail()).stream()).toList());
    }

    /** Deletes the contact and the values the audit trail kept about him (RGPD art. 17). */
    public void erase(Long workspaceId, Long contactId) {
        eraseElsewhere(workspaceId, directory.contact(workspaceId, contactId).getEmail());
        directory.deleteContact(workspaceId, contactId);
        contacts.flush();
        erasure.eraseValues(AUDIT_TYPE, contactId.toString());
    }

    /** Keeps the record and its affiliations, without anything that identifies the person. */
    public void anonymise(Long workspaceId, Long contactId) {
        eraseElsewhere(workspaceId, directory.contact(workspaceId, contactId).getEmail());
        contacts.findById(contactId).orElseThrow().anonymise();
        contacts.flush();
        erasure.eraseValues(AUDIT_TYPE, contactId.toString());
    }

    /** Someone checked that the contact is still needed: he leaves the review list for a new period. */
    public void confirmStillNeeded(Long workspaceId, Long contactId) {
        directory.contact(workspaceId, contactId);
        contacts.findById(contactId).orElseThrow().confirmStillNeeded();
    }

    /** The workspace's contacts nobody has written for the retention period, oldest first. */
    @Transactional(readOnly = true)
    public Page<Contact> toReview(Long workspaceId, Pageable pageable) {
        Instant limit = LocalDate.now().minusYears(retentionYears).atStartOfDay(ZoneId.systemDefault()).toInstant();
        return contacts.findByWorkspaceIdAndUpdatedAtBeforeOrderByUpdatedAtAsc(workspaceId, limit, pageable);
    }

    private void eraseElsewhere(Long workspaceId, String email) {
        if (email != null) {
            sources.forEach(source -> source.erase(workspaceId, email));
        }
    }

    public int retentionYears() {
        return retentionYears;
    }
}
