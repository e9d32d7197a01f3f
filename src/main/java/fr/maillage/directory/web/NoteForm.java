package fr.maillage.directory.web;

import fr.maillage.directory.OrganisationNote;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * A workspace's note about an organisation; tags are typed separated by commas.
 */
public record NoteForm(
        @Size(max = 2000, message = "{directory.note.partnership.size}") String partnership,
        @Size(max = 4000, message = "{directory.note.notes.size}") String notes,
        @Size(max = 500, message = "{directory.note.tags.size}") String tags,
        Long version) {

    static NoteForm of(OrganisationNote note) {
        return note == null ? new NoteForm("", "", "", null)
                : new NoteForm(note.getPartnership(), note.getNotes(), String.join(", ", note.getTags()),
                        note.getVersion());
    }

    List<String> tagList() {
        return tags == null ? List.of() : Arrays.stream(tags.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
