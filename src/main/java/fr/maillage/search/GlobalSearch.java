package fr.maillage.search;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.search.internal.SearchDocument;
import fr.maillage.search.internal.SearchDocuments;
import fr.maillage.workspace.Membership;
import fr.maillage.workspace.Memberships;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The global search box. Each word must be found (in the title, text, themes or territories),
 * stemmed so that a word finds its family ("éducatives" finds "éducation"), without accents or case;
 * a word of five letters or more also finds words one typo away ("parantalité"). Results come from
 * the index alone (no database round trip), with highlighted snippets and facet counts.
 */
@Service
@Transactional(readOnly = true)
public class GlobalSearch {

    /** Facets, in the order pages show them. */
    public static final List<String> FACETS = List.of(SearchDocument.TYPE, SearchDocument.THEMES,
            SearchDocument.TERRITORIES, SearchDocument.YEAR);

    /** Words shorter than this are matched exactly: one typo in a short word changes the word. */
    static final int FUZZY_MIN_LENGTH = 5;
    static final int MAX_WORDS = 12;
    private static final int FACET_SIZE = 12;
    private static final int MAX_FRAGMENT = 300;
    private static final String FOLDED_HIGHLIGHTER = "folded";
    private static final String TITLE_HIGHLIGHTER = "title";

    private final EntityManager entityManager;
    private final Memberships memberships;
    private final SearchDocuments documents;

    GlobalSearch(EntityManager entityManager, Memberships memberships, SearchDocuments documents) {
        this.entityManager = entityManager;
        this.memberships = memberships;
        this.documents = documents;
    }

    /** The searcher a logged-in user (or {@code null}: an anonymous visitor) is. */
    public Searcher searcher(AccountPrincipal user) {
        if (user == null) {
            return Searcher.ANONYMOUS;
        }
        return new Searcher(true, user.isAdmin(), memberships.findByUserId(user.id()).stream()
                .map(Membership::getWorkspaceId).collect(Collectors.toSet()));
    }

    public SearchResults search(SearchRequest request, Searcher searcher, Pageable pageable) {
        return search(request, searcher, pageable, true);
    }

    /**
     * @param withFacets facet counts cost a pass over every match; the API asks for them only on demand
     */
    public SearchResults search(SearchRequest request, Searcher searcher, Pageable pageable, boolean withFacets) {
        // Typo tolerance costs a pass over the whole vocabulary for each long word: it is only asked
        // for when the words as typed (stemmed, accents folded) find less than a page.
        SearchResults exact = search(request, searcher, pageable, withFacets, false);
        boolean fuzzyMayHelp = words(request.q()).stream().anyMatch(w -> w.length() >= FUZZY_MIN_LENGTH);
        if (!fuzzyMayHelp || exact.page().getTotalElements() >= pageable.getPageSize()) {
            return exact;
        }
        return search(request, searcher, pageable, withFacets, true);
    }

    private SearchResults search(SearchRequest request, Searcher searcher, Pageable pageable, boolean withFacets,
            boolean fuzzy) {
        SearchSession session = Search.session(entityManager);
        Map<String, AggregationKey<? extends Map<?, Long>>> keys = new LinkedHashMap<>();
        var query = session.search(SearchDocument.class)
                .select(f -> hit(f, fuzzy))
                .where(f -> predicate(f, request, searcher, fuzzy))
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(2).noMatchSize(0))
                .highlighter(FOLDED_HIGHLIGHTER, h -> h.unified().noMatchSize(0))
                .highlighter(TITLE_HIGHLIGHTER, h -> h.unified().numberOfFragments(1)
                        .noMatchSize(0));
        if (withFacets) {
            for (String facet : FACETS) {
                if (facet.equals(SearchDocument.YEAR)) {
                    AggregationKey<Map<Integer, Long>> key = AggregationKey.of(facet);
                    query.aggregation(key, f -> f.terms().field(facet, Integer.class).maxTermCount(FACET_SIZE));
                    keys.put(facet, key);
                } else {
                    AggregationKey<Map<String, Long>> key = AggregationKey.of(facet);
                    query.aggregation(key, f -> f.terms().field(facet, String.class, ValueModel.INDEX)
                            .maxTermCount(FACET_SIZE));
                    keys.put(facet, key);
                }
            }
        }
        SearchResult<SearchHit> result = query.fetch((int) pageable.getOffset(), pageable.getPageSize());
        Map<String, List<SearchResults.Facet>> facets = new LinkedHashMap<>();
        keys.forEach((facet, key) -> facets.put(facet, facetValues(facet, result.aggregation(key))));
        return new SearchResults(new PageImpl<>(result.hits(), pageable, result.total().hitCount()), facets);
    }

    /**
     * Records of the same type that resemble one (its title words and themes), as the searcher may see
     * them; empty when the record is unknown to the search or not visible to him.
     */
    public List<SearchHit> similar(String type, Long id, Searcher searcher, int max) {
        Optional<SearchDocument> found = documents.findByTypeAndRefId(type, id);
        if (found.isEmpty() || !searcher.maySee(found.get().getWorkspaceId(), found.get().isVisibleToPublic())) {
            return List.of();
        }
        SearchDocument document = found.get();
        List<String> themes = document.getThemeList();
        return Search.session(entityManager).search(SearchDocument.class)
                .select(f -> hit(f, false))
                .where(f -> f.bool(b -> {
                    b.filter(visibility(f, searcher));
                    b.filter(f.match().field(SearchDocument.TYPE).matching(type));
                    b.mustNot(f.match().field(SearchDocument.REF_ID).matching(id));
                    b.should(f.match().field(SearchDocument.TITLE).boost(2f).field(SearchDocument.TEXT)
                            .matching(document.getTitle()));
                    if (!themes.isEmpty()) {
                        b.should(f.terms().field(SearchDocument.THEMES).matchingAny(themes).boost(3f));
                    }
                    b.minimumShouldMatchNumber(1);
                }))
                .highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1).noMatchSize(0))
                .highlighter(FOLDED_HIGHLIGHTER, h -> h.unified().noMatchSize(0))
                .highlighter(TITLE_HIGHLIGHTER, h -> h.unified().numberOfFragments(1).noMatchSize(0))
                .fetchHits(max);
    }

    private org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep predicate(SearchPredicateFactory f,
            SearchRequest request, Searcher searcher, boolean fuzzy) {
        return f.bool(b -> {
            b.filter(visibility(f, searcher));
            List<String> words = words(request.q());
            if (words.isEmpty()) {
                b.must(f.matchAll());
            }
            for (String word : words) {
                b.must(f.bool()
                        .should(f.match().field(SearchDocument.TITLE).boost(3f).field(SearchDocument.TEXT)
                                .field(SearchDocument.THEMES_TEXT).boost(2f).field(SearchDocument.TERRITORIES_TEXT)
                                .boost(2f).matching(word))
                        .should(f.match().field(SearchDocument.TITLE_FOLDED).boost(1.5f).field(SearchDocument.TEXT_FOLDED)
                                .matching(word).fuzzy(fuzzy && word.length() >= FUZZY_MIN_LENGTH ? 1 : 0, 1)
                                .boost(0.5f)));
            }
            if (request.type() != null) {
                b.filter(f.match().field(SearchDocument.TYPE).matching(request.type()));
            }
            if (request.theme() != null) {
                b.filter(f.match().field(SearchDocument.THEMES).matching(request.theme()));
            }
            if (request.territory() != null) {
                b.filter(f.match().field(SearchDocument.TERRITORIES).matching(request.territory()));
            }
            if (request.year() != null) {
                b.filter(f.match().field(SearchDocument.YEAR).matching(request.year()));
            }
        });
    }

    private static SearchPredicate visibility(SearchPredicateFactory f, Searcher searcher) {
        if (searcher.admin()) {
            return f.matchAll().toPredicate();
        }
        if (!searcher.authenticated()) {
            return f.match().field(SearchDocument.PUBLIC).matching(true).toPredicate();
        }
        var visible = f.bool().should(f.match().field(SearchDocument.PUBLIC).matching(true))
                .should(f.match().field(SearchDocument.WORKSPACE).matching(SearchDocument.NO_WORKSPACE));
        if (!searcher.workspaceIds().isEmpty()) {
            visible.should(f.terms().field(SearchDocument.WORKSPACE).matchingAny(searcher.workspaceIds()));
        }
        return visible.toPredicate();
    }

    /** The words of a query worth matching: with a letter or digit, at most {@link #MAX_WORDS}. */
    static List<String> words(String q) {
        if (q == null) {
            return List.of();
        }
        return Arrays.stream(q.strip().split("[\\s\"«»]+"))
                .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
                .distinct().limit(MAX_WORDS).toList();
    }

    /**
     * A hit with its highlights. The folded fields are highlighted only for a typo-tolerant search:
     * otherwise a word found as typed is found by the stemmed field too (the same word gives the same
     * stem), and highlighting a long text costs as much as analysing it again.
     */
    private static org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep<SearchHit> hit(
            SearchProjectionFactory<?, ?> f, boolean folded) {
        List<String> none = List.of();
        return f.composite().from(
                f.field(SearchDocument.TYPE, String.class),
                f.field(SearchDocument.REF_ID, Long.class),
                f.field(SearchDocument.TITLE, String.class),
                f.field(SearchDocument.URL, String.class),
                f.field(SearchDocument.YEAR, Integer.class),
                f.highlight(SearchDocument.TITLE).highlighter(TITLE_HIGHLIGHTER),
                folded ? f.highlight(SearchDocument.TITLE_FOLDED).highlighter(TITLE_HIGHLIGHTER) : f.constant(none),
                f.highlight(SearchDocument.TEXT),
                folded ? f.highlight(SearchDocument.TEXT_FOLDED).highlighter(FOLDED_HIGHLIGHTER) : f.constant(none),
                f.field(SearchDocument.EXCERPT, String.class))
                .asList(GlobalSearch::toHit);
    }

    @SuppressWarnings("unchecked")
    private static SearchHit toHit(List<?> values) {
        String title = (String) values.get(2);
        String titleHtml = firstMarked((List<String>) values.get(5), (List<String>) values.get(6))
                .orElse(HtmlUtils.htmlEscape(title));
        List<String> text = (List<String>) values.get(7);
        String snippet = firstMarked(text, (List<String>) values.get(8))
                .orElse(HtmlUtils.htmlEscape(java.util.Objects.requireNonNullElse((String) values.get(9), "")));
        return new SearchHit((String) values.get(0), (Long) values.get(1), title, titleHtml, snippet,
                (String) values.get(3), (Integer) values.get(4));
    }

    /**
     * The highlight that marks the most words, joined: stemmed matches and typo matches are marked in
     * different fields; on a tie the stemmed one wins.
     */
    @SafeVarargs
    private static Optional<String> firstMarked(List<String>... candidates) {
        List<String> best = null;
        long bestMarks = 0;
        for (List<String> fragments : candidates) {
            long marks = fragments.stream().mapToLong(s -> s.split("<mark>", -1).length - 1L).sum();
            if (marks > bestMarks) {
                best = fragments;
                bestMarks = marks;
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(best.stream().map(GlobalSearch::around).collect(Collectors.joining(" … ")));
    }

    /**
     * A fragment cut to a readable length around its first mark. The highlighter returns whole
     * sentences, which can be very long in extracted documents; cutting at spaces never splits an
     * escaped entity or a tag.
     */
    static String around(String fragment) {
        if (fragment.length() <= MAX_FRAGMENT) {
            return fragment;
        }
        int mark = Math.max(0, fragment.indexOf("<mark>"));
        int from = Math.max(0, mark - MAX_FRAGMENT / 3);
        int to = Math.min(fragment.length(), from + MAX_FRAGMENT);
        if (from > 0) {
            int space = fragment.indexOf(' ', from);
            from = space < 0 || space > mark ? mark : space + 1;
        }
        if (to < fragment.length()) {
            int space = fragment.lastIndexOf(' ', to);
            int closing = fragment.indexOf("</mark>", mark);
            to = space > closing ? space : Math.min(fragment.length(), closing + "</mark>".length());
        }
        String cut = fragment.substring(from, to);
        if (cut.split("<mark>", -1).length > cut.split("</mark>", -1).length) {
            cut += "</mark>";
        }
        return (from > 0 ? "… " : "") + cut + (to < fragment.length() ? " …" : "");
    }

    private static List<SearchResults.Facet> facetValues(String facet, Map<?, Long> counts) {
        List<SearchResults.Facet> values = new ArrayList<>();
        counts.forEach((value, count) -> values.add(new SearchResults.Facet(String.valueOf(value), count)));
        if (facet.equals(SearchDocument.YEAR)) {
            values.sort(Comparator.comparing(SearchResults.Facet::value).reversed());
        }
        return values;
    }
}
