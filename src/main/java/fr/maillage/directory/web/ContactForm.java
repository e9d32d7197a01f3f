package fr.maillage.directory.web;

import fr.maillage.directory.Affiliation;
import fr.maillage.directory.Contact;
import fr.maillage.directory.ContactDetails;
import fr.maillage.directory.LegalBasis;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A contact as typed in the form. At creation the contact may be tied to one organisation (the one
 * whose page the user came from); more ties are added on the contact's page.
 */
public record ContactForm(
        @NotBlank(message = "{directory.contact.firstName.required}") @Size(max = 100, message = "{directory.contact.name.size}") String firstName,
        @NotBlank(message = "{directory.contact.lastName.required}") @Size(max = 100, message = "{directory.contact.name.size}") String lastName,
        @Size(max = 200, message = "{directory.contact.jobTitle.size}") String jobTitle,
        @Email(message = "{directory.contact.email.invalid}") @Size(max = 250, message = "{directory.contact.email.size}") String email,
        @Size(max = 30, message = "{directory.contact.phone.size}") String phone,
        @NotNull(message = "{directory.contact.legalBasis.required}") LegalBasis legalBasis,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate consentDate,
        @Size(max = 4000, message = "{directory.contact.notes.size}") String notes,
        Long organisationId,
        @Size(max = 200, message = "{directory.contact.role.size}") String role,
        Long version) {

    static ContactForm empty(Long organisationId) {
        return new ContactForm("", "", "", "", "", LegalBasis.MISSION_INTERET_PUBLIC, null, "", organisationId, "",
                null);
    }

    static ContactForm of(Contact c) {
        return new ContactForm(c.getFirstName(), c.getLastName(), c.getJobTitle(), c.getEmail(), c.getPhone(),
                c.getLegalBasis(), c.getConsentDate(), c.getNotes(), null, null, c.getVersion());
    }

    /** The details, keeping the ties the contact already has when editing. */
    ContactDetails details(List<Affiliation> existing) {
        List<Affiliation> ties = organisationId == null ? existing
                : java.util.stream.Stream.concat(existing.stream(), java.util.stream.Stream.of(
                        new Affiliation(organisationId, role))).toList();
        return new ContactDetails(firstName, lastName, jobTitle, email, phone, legalBasis, consentDate, notes, ties);
    }

    boolean consentIsDated() {
        return legalBasis != LegalBasis.CONSENTEMENT || consentDate != null;
    }
}
