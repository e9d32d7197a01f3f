package fr.maillage.directory;

import fr.maillage.shared.BusinessRuleException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges an organisation entered twice into the one kept, in one transaction: every workspace's
 * contacts tied to the duplicate are tied to the kept one (keeping their role there), the
 * workspaces' notes and tags follow or are added to the kept one's, the timeline moves over, the
 * kept record takes the identifiers and details it lacked, and the duplicate is deleted. The audit
 * trail records the deletion and each change; the kept organisation's timeline says what was merged;
 * {@link OrganisationsMerged} tells the other modules.
 */
@Service
@Transactional
public class MergeOrganisations {

    private final Organisations organisations;
    private final Contacts contacts;
    private final OrganisationNotes notes;
    private final DirectoryTimeline timeline;
    private final DirectoryManagement directory;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final OrganisationSearchContents searchContents;

    MergeOrganisations(Organisations organisations, Contacts contacts, OrganisationNotes notes,
            DirectoryTimeline timeline, DirectoryManagement directory, ApplicationEventPublisher events,
            MessageSource messages, OrganisationSearchContents searchContents) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.notes = notes;
        this.timeline = timeline;
        this.directory = directory;
        this.events = events;
        this.messages = messages;
        this.searchContents = searchContents;
    }

    public Organisation merge(Long keptId, Long removedId) {
        if (keptId.equals(removedId)) {
            throw new BusinessRuleException("directory.duplicates.same");
        }
        Organisation kept = directory.organisation(keptId);
        Organisation removed = directory.organisation(removedId);
        for (Contact contact : contacts.findAllAttachedTo(removedId)) {
            Optional<Affiliation> there = contact.getAffiliations().stream()
                    .filter(a -> a.organisationId().equals(removedId)).findFirst();
            boolean alreadyKept = contact.getAffiliations().stream().anyMatch(a -> a.organisationId().equals(keptId));
            contact.detach(removedId);
            if (!alreadyKept) {
                contact.attach(new Affiliation(keptId, there.map(Affiliation::role).orElse(null)));
            }
        }
        for (OrganisationNote note : notes.findByOrganisationId(removedId)) {
            Optional<OrganisationNote> keptNote = notes.findByWorkspaceIdAndOrganisationId(note.getWorkspaceId(), keptId);
            if (keptNote.isPresent()) {
                keptNote.get().absorb(note);
                notes.delete(note);
            } else {
                note.moveTo(keptId);
            }
        }
        timeline.moveAll(removedId, keptId);
        String label = removed.label();
        organisations.delete(removed);
        organisations.flush();
        kept.completeWith(removed);
        searchContents.removed(removedId);
        searchContents.changed(kept);
        directory.record(keptId, null, TimelineEvent.MERGED, messages.getMessage("directory.timeline.merged",
                new Object[] {label}, Locale.FRANCE), null);
        events.publishEvent(new OrganisationsMerged(keptId, removedId));
        return kept;
    }
}
