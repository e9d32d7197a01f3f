package fr.maillage.knowledge.web;

import fr.maillage.knowledge.LibraryResource;
import fr.maillage.knowledge.ResourceDetails;
import fr.maillage.knowledge.ResourceKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The metadata of a library document.
 */
record ResourceForm(
        @NotBlank(message = "{knowledge.resource.title.required}") @Size(max = 250, message = "{knowledge.field.tooLong}") String title,
        @NotNull(message = "{knowledge.resource.kind.required}") ResourceKind kind,
        List<String> themeCodes,
        @Size(max = 250, message = "{knowledge.field.tooLong}") String territory,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
        @Size(max = 250, message = "{knowledge.field.tooLong}") String author,
        @Size(max = 2000, message = "{knowledge.field.tooLong}") String description,
        Long version) {

    static ResourceForm empty() {
        return new ResourceForm("", null, List.of(), "", null, "", "", null);
    }

    static ResourceForm of(LibraryResource r) {
        return new ResourceForm(r.getTitle(), r.getKind(), List.copyOf(r.getThemeCodes()), r.getTerritory(),
                r.getDocumentDate(), r.getAuthor(), r.getDescription(), r.getVersion());
    }

    ResourceDetails details() {
        return new ResourceDetails(title, kind, themeCodes == null ? Set.of() : Set.copyOf(themeCodes), territory,
                documentDate, author, description);
    }
}
