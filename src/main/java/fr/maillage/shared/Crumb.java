package fr.maillage.shared;

/**
 * One step of a page's breadcrumb; the url is null for the current page.
 */
public record Crumb(String label, String url) {

    public static Crumb here(String label) {
        return new Crumb(label, null);
    }
}
