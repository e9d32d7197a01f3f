package fr.maillage.directory;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.territory.Commune;
import fr.maillage.territory.TerritoryCatalog;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of the directory: describe organisations, keep a workspace's notes and contacts
 * about them, and record their timeline. Every method on a workspace's records names the workspace,
 * and a record of another workspace is "not found".
 */
@Service
@Transactional
public class DirectoryManagement {

    private static final int TIMELINE_LENGTH = 50;

    private final Organisations organisations;
    private final OrganisationNotes notes;
    private final Contacts contacts;
    private final DirectoryTimeline timeline;
    private final Themes themes;
    private final OrganisationRules rules;
    private final TerritoryCatalog territories;
    private final MessageSource messages;
    private final OrganisationSearchContents searchContents;

    DirectoryManagement(Organisations organisations, OrganisationNotes notes, Contacts contacts,
            DirectoryTimeline timeline, Themes themes, OrganisationRules rules, TerritoryCatalog territories,
            MessageSource messages, OrganisationSearchContents searchContents) {
        this.organisations = organisations;
        this.notes = notes;
        this.contacts = contacts;
        this.timeline = timeline;
        this.themes = themes;
        this.rules = rules;
        this.territories = territories;
        this.messages = messages;
        this.searchContents = searchContents;
    }

    /**
     * Creates an organisation after checking its identity.
     *
     * @throws InvalidOrganisationException when a rule is broken
     */
    public Organisation createOrganisation(OrganisationDetails details) {
        requireValid(details, null);
        Organisation organisation = organisations.save(new Organisation(details, epciOf(details.communeCode())));
        record(organisation.getId(), null, TimelineEvent.CREATED, text("directory.timeline.created"), null);
        searchContents.changed(organisation);
        return organisation;
    }

    /**
     * Changes an organisation's identity as the user saw it.
     *
     * @param expectedVersion the version the user's form was built from; another one means someone
     *                        saved in between, and the change is refused rather than lost
     */
    public Organisation updateOrganisation(Long id, long expectedVersion, OrganisationDetails details) {
        Organisation organisation = organisation(id);
        if (organisation.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Organisation.class, id);
        }
        requireValid(details, id);
        organisation.describe(details, epciOf(details.communeCode()));
        record(id, null, TimelineEvent.UPDATED, text("directory.timeline.updated"), null);
        searchContents.changed(organisation);
        return organisation;
    }

    @Transactional(readOnly = true)
    public Organisation organisation(Long id) {
        return organisations.findWithCollectionsById(id).orElseThrow(() -> new NotFoundException("organisation " + id));
    }

    /** The organisations among the ids, keyed by id; unknown ids are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Organisation> organisations(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of()
                : organisations.findByIdIn(ids).stream().collect(Collectors.toMap(Organisation::getId, Function.identity()));
    }

    /** Appends an event to an organisation's timeline; a null workspace shows it to every workspace. */
    public void record(Long organisationId, Long workspaceId, String kind, String label, String link) {
        timeline.save(new TimelineEvent(organisationId, workspaceId, Instant.now(), kind, label, link));
    }

    /** The latest events of an organisation, as a workspace may see them. */
    @Transactional(readOnly = true)
    public List<TimelineEvent> timeline(Long organisationId, Long workspaceId) {
        return timeline.seenFrom(organisationId, workspaceId, PageRequest.of(0, TIMELINE_LENGTH));
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationNote> note(Long workspaceId, Long organisationId) {
        return notes.findByWorkspaceIdAndOrganisationId(workspaceId, organisationId);
    }

    /** Writes the workspace's partnership note, notes and tags about an organisation. */
    public OrganisationNote writeNote(Long workspaceId, Long organisationId, long expectedVersion, String partnership,
            String text, Collection<String> tags) {
        organisation(organisationId);
        OrganisationNote note = notes.findByWorkspaceIdAndOrganisationId(workspaceId, organisationId)
                .orElseGet(() -> new OrganisationNote(workspaceId, organisationId));
        if (note.getId() != null && note.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(OrganisationNote.class, note.getId());
        }
        note.write(partnership, text, tags);
        return notes.save(note);
    }

    @Transactional(readOnly = true)
    public List<String> tags(Long workspaceId) {
        return notes.tagsOf(workspaceId);
    }

    public Contact createContact(Long workspaceId, ContactDetails details) {
        requireOrganisations(details.affiliations());
        return contacts.save(new Contact(workspaceId, details));
    }

    public Contact updateContact(Long workspaceId, Long contactId, long expectedVersion, ContactDetails details) {
        Contact contact = contact(workspaceId, contactId);
        if (contact.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Contact.class, contactId);
        }
        requireOrganisations(details.affiliations());
        contact.describe(details);
        return contact;
    }

    public void deleteContact(Long workspaceId, Long contactId) {
        contacts.delete(contact(workspaceId, contactId));
    }

    public void attach(Long workspaceId, Long contactId, Affiliation affiliation) {
        Contact contact = contact(workspaceId, contactId);
        requireOrganisations(List.of(affiliation));
        contact.attach(affiliation);
    }

    public void detach(Long workspaceId, Long contactId, Long organisationId) {
        contact(workspaceId, contactId).detach(organisationId);
    }

    /** A contact of the workspace; one of another workspace is not found. */
    @Transactional(readOnly = true)
    public Contact contact(Long workspaceId, Long contactId) {
        return contacts.findByIdAndWorkspaceId(contactId, workspaceId)
                .orElseThrow(() -> new NotFoundException("contact " + contactId));
    }

    @Transactional(readOnly = true)
    public List<Contact> contactsOf(Long workspaceId, Long organisationId) {
        return contacts.findByWorkspaceAndOrganisation(workspaceId, organisationId);
    }

    @Transactional(readOnly = true)
    public List<Theme> themes() {
        return themes.findAllByOrderBySortOrderAscLabelAsc();
    }

    /** Adds a theme to the taxonomy; its code is derived from nothing else and must be new. */
    public Theme addTheme(String code, String label) {
        if (themes.existsById(code)) {
            throw new BusinessRuleException("directory.themes.exists", code);
        }
        int last = themes().stream().mapToInt(Theme::getSortOrder).max().orElse(0);
        return themes.save(new Theme(code, label, last + 1));
    }

    public void renameTheme(String code, String label) {
        themes.findById(code).orElseThrow(() -> new NotFoundException("theme " + code)).rename(label);
    }

    private void requireValid(OrganisationDetails details, Long selfId) {
        List<OrganisationRules.Violation> violations = rules.check(details, selfId);
        if (!violations.isEmpty()) {
            throw new InvalidOrganisationException(violations);
        }
    }

    private void requireOrganisations(List<Affiliation> affiliations) {
        List<Long> ids = affiliations.stream().map(Affiliation::organisationId).distinct().toList();
        if (organisations(ids).size() != ids.size()) {
            throw new BusinessRuleException("directory.contact.organisation.unknown");
        }
    }

    private String epciOf(String communeCode) {
        String code = OrganisationRules.normalizeCode(communeCode);
        if (code == null) {
            return null;
        }
        Commune commune = territories.communes(List.of(code)).get(code);
        return commune == null ? null : commune.getEpciCode();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
