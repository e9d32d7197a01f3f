package fr.maillage.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A contact as entered in a form or sent through the API.
 */
public record ContactDetails(String firstName, String lastName, String jobTitle, String email, String phone,
        LegalBasis legalBasis, LocalDate consentDate, String notes, List<Affiliation> affiliations) {

    public ContactDetails {
        affiliations = affiliations == null ? List.of() : List.copyOf(affiliations);
    }

    /** Consent is the legal basis only when its date is known (RGPD art. 7: it must be provable). */
    public boolean consentIsDated() {
        return legalBasis != LegalBasis.CONSENTEMENT || consentDate != null;
    }
}
