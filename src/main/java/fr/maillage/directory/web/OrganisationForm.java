package fr.maillage.directory.web;

import fr.maillage.directory.CompanySuggestion;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An organisation's identity as typed in the form; QPV codes are typed separated by spaces or
 * commas. {@code version} carries the version the form was built from.
 */
public record OrganisationForm(
        @NotBlank(message = "{directory.organisation.name.required}") @Size(max = 250, message = "{directory.organisation.name.size}") String name,
        @Size(max = 50, message = "{directory.organisation.acronym.size}") String acronym,
        @NotNull(message = "{directory.organisation.kind.required}") OrganisationKind kind,
        String siret,
        String rna,
        String uai,
        @Size(max = 250, message = "{directory.organisation.street.size}") String street,
        String postalCode,
        String communeCode,
        String qpvCodes,
        List<String> themeCodes,
        @Size(max = 250, message = "{directory.organisation.website.size}") String website,
        @Size(max = 30, message = "{directory.organisation.phone.size}") String phone,
        @Email(message = "{directory.organisation.email.invalid}") @Size(max = 250, message = "{directory.organisation.email.size}") String email,
        Long version) {

    static OrganisationForm empty() {
        return new OrganisationForm("", "", null, "", "", "", "", "", "", "", List.of(), "", "", "", null);
    }

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.getName(), o.getAcronym(), o.getKind(), o.getSiret(), o.getRna(), o.getUai(),
                o.getStreet(), o.getPostalCode(), o.getCommuneCode(), String.join(" ", o.getQpvCodes()),
                o.getThemeCodes(), o.getWebsite(), o.getPhone(), o.getEmail(), o.getVersion());
    }

    static OrganisationForm of(CompanySuggestion s) {
        return new OrganisationForm(s.name(), "", s.kind(), s.siret(), s.rna(), "", s.street(), s.postalCode(),
                s.communeCode(), "", List.of(), "", "", "", null);
    }

    OrganisationDetails details() {
        return new OrganisationDetails(name, acronym, kind, siret, rna, uai, street, postalCode, communeCode,
                qpvSet(), themeCodes == null ? Set.of() : Set.copyOf(themeCodes), website, phone, email);
    }

    private Set<String> qpvSet() {
        return qpvCodes == null ? Set.of() : Arrays.stream(qpvCodes.split("[\\s,;]+")).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
