package fr.maillage.directory;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search of the directory. Organisations are found by name or acronym, with French
 * stemming ("éducatives" finds "éducation") and without accents or case; each search counts the
 * matches per kind, theme, commune, EPCI and QPV for the facets. Contacts are only ever searched
 * within one workspace.
 */
@Service
@Transactional(readOnly = true)
public class DirectorySearch {

    /** Facet names, in the order the page shows them. */
    public static final List<String> FACETS = List.of(Organisation.KIND, Organisation.THEMES, Organisation.COMMUNE,
            Organisation.EPCI, Organisation.QPV);

    private static final int FACET_SIZE = 15;

    private final EntityManager entityManager;
    private final OrganisationNotes notes;

    DirectorySearch(EntityManager entityManager, OrganisationNotes notes) {
        this.entityManager = entityManager;
        this.notes = notes;
    }

    /** One value of a facet and how many results carry it. */
    public record Facet(String value, long count) {
    }

    /** A page of organisations and the facet counts of the whole result. */
    public record OrganisationResults(Page<Organisation> page, Map<String, List<Facet>> facets) {
    }

    /**
     * @param workspaceId the workspace searching, whose tags the tag filter uses
     */
    public OrganisationResults organisations(OrganisationFilters filters, Long workspaceId, Pageable pageable) {
        return organisations(filters, workspaceId, pageable, true);
    }

    /**
     * A page of organisations; facet counts cost a pass over every match, so callers that do not
     * show them (the API, pickers) ask for none.
     */
    public OrganisationResults organisations(OrganisationFilters filters, Long workspaceId, Pageable pageable,
            boolean withFacets) {
        List<Long> tagged = tagged(filters, workspaceId);
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        if (withFacets) {
            FACETS.forEach(f -> keys.put(f, AggregationKey.of(f)));
        }
        var query = Search.session(entityManager).search(Organisation.class)
                .where(f -> organisationPredicate(f, filters, tagged));
        keys.forEach((field, key) -> query.aggregation(key,
                f -> f.terms().field(field, String.class, org.hibernate.search.engine.search.common.ValueModel.INDEX)
                        .maxTermCount(FACET_SIZE)));
        SearchResult<Organisation> result = query
                .sort(f -> OrganisationFilters.given(filters.text())
                        ? f.score().then().field(Organisation.NAME_SORT) : f.field(Organisation.NAME_SORT))
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        keys.forEach((field, key) -> facets.put(field, result.aggregation(key).entrySet().stream()
                .map(e -> new Facet(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Facet::count).reversed().thenComparing(Facet::value)).toList()));
        return new OrganisationResults(new PageImpl<>(result.hits(), pageable, result.total().hitCount()), facets);
    }

    /**
     * Every organisation the search finds, in the order of the list, handed over as ids a chunk at
     * a time: an export of the whole directory never holds more than one chunk.
     */
    public void scrollOrganisationIds(OrganisationFilters filters, Long workspaceId, int chunkSize,
            Consumer<List<Long>> chunk) {
        List<Long> tagged = tagged(filters, workspaceId);
        try (SearchScroll<Long> scroll = Search.session(entityManager).search(Organisation.class)
                .select(f -> f.id(Long.class))
                .where(f -> organisationPredicate(f, filters, tagged))
                .sort(f -> OrganisationFilters.given(filters.text())
                        ? f.score().then().field(Organisation.NAME_SORT) : f.field(Organisation.NAME_SORT))
                .scroll(chunkSize)) {
            for (SearchScrollResult<Long> hits = scroll.next(); hits.hasHits(); hits = scroll.next()) {
                chunk.accept(hits.hits());
            }
        }
    }

    /** Every contact of the workspace the words find, by name, as ids a chunk at a time. */
    public void scrollContactIds(Long workspaceId, String text, int chunkSize, Consumer<List<Long>> chunk) {
        try (SearchScroll<Long> scroll = Search.session(entityManager).search(Contact.class)
                .select(f -> f.id(Long.class))
                .where(f -> contactPredicate(f, workspaceId, text))
                .sort(f -> f.field(Contact.SORT))
                .scroll(chunkSize)) {
            for (SearchScrollResult<Long> hits = scroll.next(); hits.hasHits(); hits = scroll.next()) {
                chunk.accept(hits.hits());
            }
        }
    }

    /**
     * Organisations whose name is this one, case, accents and spacing aside ("Mediatheque  Louis
     * Aragon" names "Médiathèque Louis Aragon"): at most {@code max} ids, for matching a name typed
     * in a form to the directory.
     */
    public List<Long> organisationIdsNamed(String name, int max) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        String typed = name.strip().replaceAll("\\s+", " ");
        return Search.session(entityManager).search(Organisation.class).select(f -> f.id(Long.class))
                .where(f -> f.match().field(Organisation.NAME_SORT).matching(typed)).fetchHits(max);
    }

    private List<Long> tagged(OrganisationFilters filters, Long workspaceId) {
        return OrganisationFilters.given(filters.tag()) && workspaceId != null
                ? notes.organisationIdsTagged(workspaceId, OrganisationNote.normalizeTag(filters.tag())) : null;
    }

    /** The workspace's contacts matching the words (names as typed, job title stemmed), by name. */
    public Page<Contact> contacts(Long workspaceId, String text, Pageable pageable) {
        SearchResult<Contact> result = Search.session(entityManager).search(Contact.class)
                .where(f -> contactPredicate(f, workspaceId, text))
                .sort(f -> f.field(Contact.SORT))
                .fetch((int) pageable.getOffset(), pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    private static BooleanPredicateClausesStep<?, ?> contactPredicate(SearchPredicateFactory f, Long workspaceId,
            String text) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool().must(f.match().field(Contact.WORKSPACE).matching(workspaceId));
        if (OrganisationFilters.given(text)) {
            bool.must(f.simpleQueryString()
                    .fields(Contact.FIRST_NAME, Contact.FIRST_NAME_PREFIX, Contact.LAST_NAME, Contact.LAST_NAME_PREFIX,
                            Contact.JOB_TITLE)
                    .matching(text).defaultOperator(BooleanOperator.AND));
        }
        return bool;
    }

    private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep organisationPredicate(
            SearchPredicateFactory f, OrganisationFilters filters, List<Long> tagged) {
        BooleanPredicateClausesStep<?, ?> bool = f.bool().must(f.matchAll());
        if (OrganisationFilters.given(filters.text())) {
            bool.must(f.simpleQueryString()
                    .fields(Organisation.NAME, Organisation.NAME_FOLDED, Organisation.NAME_PREFIX, Organisation.ACRONYM)
                    .matching(filters.text()).defaultOperator(BooleanOperator.AND));
        }
        if (filters.kind() != null) {
            bool.filter(f.match().field(Organisation.KIND).matching(filters.kind()));
        }
        if (OrganisationFilters.given(filters.theme())) {
            bool.filter(f.match().field(Organisation.THEMES).matching(filters.theme().strip()));
        }
        keyword(f, bool, Organisation.COMMUNE, filters.commune());
        keyword(f, bool, Organisation.EPCI, filters.epci());
        keyword(f, bool, Organisation.QPV, filters.qpv());
        if (tagged != null) {
            bool.filter(tagged.isEmpty() ? f.not(f.matchAll()) : f.id().matchingAny(tagged));
        }
        return bool;
    }

    private static void keyword(SearchPredicateFactory f, BooleanPredicateClausesStep<?, ?> bool, String field,
            String value) {
        if (OrganisationFilters.given(value)) {
            bool.filter(f.match().field(field).matching(value.strip().toUpperCase(java.util.Locale.ROOT)));
        }
    }
}
