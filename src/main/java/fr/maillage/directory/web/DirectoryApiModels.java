package fr.maillage.directory.web;

import fr.maillage.directory.Affiliation;
import fr.maillage.directory.Contact;
import fr.maillage.directory.ContactDetails;
import fr.maillage.directory.LegalBasis;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Page;

/**
 * The JSON documents of the directory API.
 */
final class DirectoryApiModels {

    private DirectoryApiModels() {
    }

    /** An organisation to create or update; {@code version} is required to update. */
    record OrganisationRequest(
            @NotBlank(message = "{directory.organisation.name.required}") @Size(max = 250, message = "{directory.organisation.name.size}") String name,
            @Size(max = 50, message = "{directory.organisation.acronym.size}") String acronym,
            @NotNull(message = "{directory.organisation.kind.required}") OrganisationKind kind,
            String siret, String rna, String uai,
            @Size(max = 250, message = "{directory.organisation.street.size}") String street,
            String postalCode, String communeCode, Set<String> qpvCodes, Set<String> themeCodes,
            @Size(max = 250, message = "{directory.organisation.website.size}") String website,
            @Size(max = 30, message = "{directory.organisation.phone.size}") String phone,
            @Email(message = "{directory.organisation.email.invalid}") String email,
            Long version) {

        OrganisationDetails details() {
            return new OrganisationDetails(name, acronym, kind, siret, rna, uai, street, postalCode, communeCode,
                    qpvCodes, themeCodes, website, phone, email);
        }
    }

    /** An organisation's public identity. */
    record OrganisationJson(Long id, String name, String acronym, OrganisationKind kind, String siret, String rna,
            String uai, String street, String postalCode, String communeCode, String epciCode, List<String> qpvCodes,
            List<String> themeCodes, String website, String phone, String email, long version) {

        static OrganisationJson of(Organisation o) {
            return new OrganisationJson(o.getId(), o.getName(), o.getAcronym(), o.getKind(), o.getSiret(), o.getRna(),
                    o.getUai(), o.getStreet(), o.getPostalCode(), o.getCommuneCode(), o.getEpciCode(),
                    o.getQpvCodes(), o.getThemeCodes(), o.getWebsite(), o.getPhone(), o.getEmail(), o.getVersion());
        }
    }

    /** An organisation in a list. */
    record OrganisationSummaryJson(Long id, String name, String acronym, OrganisationKind kind, String communeCode,
            String epciCode) {

        static OrganisationSummaryJson of(Organisation o) {
            return new OrganisationSummaryJson(o.getId(), o.getName(), o.getAcronym(), o.getKind(), o.getCommuneCode(),
                    o.getEpciCode());
        }
    }

    /** A tie of a contact to an organisation. */
    record AffiliationJson(@NotNull(message = "{directory.contact.organisation.unknown}") Long organisationId,
            @Size(max = 200, message = "{directory.contact.role.size}") String role) {
    }

    /** A contact to create or update; {@code version} is required to update. */
    record ContactRequest(
            @NotBlank(message = "{directory.contact.firstName.required}") @Size(max = 100, message = "{directory.contact.name.size}") String firstName,
            @NotBlank(message = "{directory.contact.lastName.required}") @Size(max = 100, message = "{directory.contact.name.size}") String lastName,
            @Size(max = 200, message = "{directory.contact.jobTitle.size}") String jobTitle,
            @Email(message = "{directory.contact.email.invalid}") String email,
            @Size(max = 30, message = "{directory.contact.phone.size}") String phone,
            @NotNull(message = "{directory.contact.legalBasis.required}") LegalBasis legalBasis,
            LocalDate consentDate,
            @Size(max = 4000, message = "{directory.contact.notes.size}") String notes,
            List<@Valid AffiliationJson> organisations,
            Long version) {

        ContactDetails details() {
            return new ContactDetails(firstName, lastName, jobTitle, email, phone, legalBasis, consentDate, notes,
                    organisations == null ? List.of()
                            : organisations.stream().map(a -> new Affiliation(a.organisationId(), a.role())).toList());
        }
    }

    /** A contact of a workspace. */
    record ContactJson(Long id, Long workspaceId, String firstName, String lastName, String jobTitle, String email,
            String phone, LegalBasis legalBasis, LocalDate consentDate, String notes,
            List<AffiliationJson> organisations, long version) {

        static ContactJson of(Contact c) {
            return new ContactJson(c.getId(), c.getWorkspaceId(), c.getFirstName(), c.getLastName(), c.getJobTitle(),
                    c.getEmail(), c.getPhone(), c.getLegalBasis(), c.getConsentDate(), c.getNotes(),
                    c.getAffiliations().stream().map(a -> new AffiliationJson(a.organisationId(), a.role())).toList(),
                    c.getVersion());
        }
    }

    /** One page of results. */
    record PageJson<T>(List<T> items, int number, int size, long totalElements, int totalPages) {

        static <T> PageJson<T> of(Page<?> page, List<T> items) {
            return new PageJson<>(items, page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }
}
