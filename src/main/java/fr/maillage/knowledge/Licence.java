package fr.maillage.knowledge;

/**
 * The licence a workspace publishes its experience sheets under, shown on the public page and the PDF.
 */
public enum Licence {
    CC_BY_SA_4("https://creativecommons.org/licenses/by-sa/4.0/deed.fr"),
    CC_BY_4("https://creativecommons.org/licenses/by/4.0/deed.fr"),
    LICENCE_OUVERTE_2("https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
    ALL_RIGHTS_RESERVED(null);

    private final String url;

    Licence(String url) {
        this.url = url;
    }

    /** Where the licence's text is, or null when all rights are reserved. */
    public String getUrl() {
        return url;
    }

    public String getLabelKey() {
        return "knowledge.licence." + name();
    }
}
