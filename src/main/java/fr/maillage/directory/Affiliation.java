package fr.maillage.directory;

import jakarta.persistence.Embeddable;

/**
 * A contact's tie to an organisation, with his role there ("directrice", "référent famille").
 */
@Embeddable
public record Affiliation(Long organisationId, String role) {
}
