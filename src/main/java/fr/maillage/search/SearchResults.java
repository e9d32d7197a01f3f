package fr.maillage.search;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * A page of results and, per facet ({@link GlobalSearch#FACETS}), the values found with their counts.
 */
public record SearchResults(Page<SearchHit> page, Map<String, List<Facet>> facets) {

    /** One value of a facet and how many results carry it. */
    public record Facet(String value, long count) {
    }
}
