package fr.maillage.search;

/**
 * What someone typed in the search box and the facet values he picked (each may be null).
 */
public record SearchRequest(String q, String type, String theme, String territory, Integer year) {

    public static SearchRequest of(String q) {
        return new SearchRequest(q, null, null, null, null);
    }

    public boolean hasText() {
        return q != null && !q.isBlank();
    }

    public boolean hasFilter() {
        return type != null || theme != null || territory != null || year != null;
    }
}
