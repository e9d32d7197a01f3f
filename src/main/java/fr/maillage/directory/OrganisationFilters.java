package fr.maillage.directory;

/**
 * What a directory search asks for: words typed, and optional filters. Blank means "any".
 *
 * @param tag a tag of the searching workspace
 */
public record OrganisationFilters(String text, OrganisationKind kind, String theme, String commune, String epci,
        String qpv, String tag) {

    public static OrganisationFilters text(String text) {
        return new OrganisationFilters(text, null, null, null, null, null, null);
    }

    static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
