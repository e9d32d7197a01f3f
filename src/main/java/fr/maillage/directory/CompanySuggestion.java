package fr.maillage.directory;

/**
 * A company or association found in the public company directory, ready to fill an organisation form.
 *
 * @param communeCode INSEE code of the head office's commune
 * @param kind        the kind guessed from the legal category
 */
public record CompanySuggestion(String siren, String name, String siret, String street, String postalCode,
        String communeCode, String communeName, String legalCategory, OrganisationKind kind, String rna) {
}
