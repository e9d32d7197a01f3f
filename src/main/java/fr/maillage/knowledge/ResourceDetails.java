package fr.maillage.knowledge;

import java.time.LocalDate;
import java.util.Set;

/**
 * The metadata of a library document.
 */
public record ResourceDetails(String title, ResourceKind kind, Set<String> themeCodes, String territory,
        LocalDate documentDate, String author, String description) {

    public ResourceDetails {
        themeCodes = themeCodes == null ? Set.of() : Set.copyOf(themeCodes);
    }
}
