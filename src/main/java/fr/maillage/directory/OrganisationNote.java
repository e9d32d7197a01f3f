package fr.maillage.directory;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What one workspace knows about an organisation and keeps to itself: the partnership, notes and
 * its own tags. Other workspaces never see it.
 */
@Entity
@Table(name = "directory_organisation_note")
@Audited("organisationNote")
public class OrganisationNote implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long organisationId;
    private String partnership;
    private String notes;

    @ElementCollection
    @CollectionTable(name = "directory_organisation_note_tag", joinColumns = @JoinColumn(name = "note_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();

    @Version
    private long version;

    protected OrganisationNote() {
    }

    OrganisationNote(Long workspaceId, Long organisationId) {
        this.workspaceId = workspaceId;
        this.organisationId = organisationId;
    }

    void write(String newPartnership, String newNotes, Collection<String> newTags) {
        this.partnership = Organisation.blankToNull(newPartnership);
        this.notes = Organisation.blankToNull(newNotes);
        this.tags.clear();
        newTags.stream().map(OrganisationNote::normalizeTag).filter(t -> !t.isEmpty()).forEach(tags::add);
    }

    /** The organisation this note was about was a duplicate of another: the note follows the kept one. */
    void moveTo(Long keptOrganisationId) {
        this.organisationId = keptOrganisationId;
    }

    /** Adds what the workspace wrote about a duplicate to this note, so that nothing is lost. */
    void absorb(OrganisationNote duplicate) {
        this.partnership = join(partnership, duplicate.partnership);
        this.notes = join(notes, duplicate.notes);
        this.tags.addAll(duplicate.tags);
    }

    private static String join(String mine, String theirs) {
        if (theirs == null || theirs.equals(mine)) {
            return mine;
        }
        return mine == null ? theirs : mine + "\n\n" + theirs;
    }

    /** Tags are compared in lower case, without surrounding spaces. */
    public static String normalizeTag(String tag) {
        return tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getPartnership() {
        return partnership;
    }

    public String getNotes() {
        return notes;
    }

    public List<String> getTags() {
        return tags.stream().sorted().toList();
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "note " + workspaceId + "/" + organisationId;
    }
}
