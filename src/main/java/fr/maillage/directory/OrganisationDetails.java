package fr.maillage.directory;

import java.util.Set;

/**
 * An organisation's public identity as entered in a form or sent through the API, before it is
 * checked by {@link OrganisationRules}.
 */
public record OrganisationDetails(String name, String acronym, OrganisationKind kind, String siret, String rna,
        String uai, String street, String postalCode, String communeCode, Set<String> qpvCodes,
        Set<String> themeCodes, String website, String phone, String email) {

    public OrganisationDetails {
        qpvCodes = qpvCodes == null ? Set.of() : Set.copyOf(qpvCodes);
        themeCodes = themeCodes == null ? Set.of() : Set.copyOf(themeCodes);
    }
}
