package fr.maillage.search.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.search.GlobalSearch;
import fr.maillage.search.SearchRequest;
import fr.maillage.search.SearchResults;
import fr.maillage.search.Searcher;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search page, open to everyone: anonymous visitors find public content, logged-in users also
 * what their workspaces hold. A plain GET form, so that results can be bookmarked and shared.
 */
@Controller
class SearchController {

    static final int PAGE_SIZE = 10;
    static final int MAX_QUERY = 200;
    static final int SIMILAR_COUNT = 5;
    /** Request parameter of each facet. */
    static final Map<String, String> FACET_PARAMS = Map.of("type", "type", "themes", "theme", "territories",
            "territoire", "year", "annee");

    private final GlobalSearch search;
    private final Flash messages;

    SearchController(GlobalSearch search, Flash messages) {
        this.search = search;
        this.messages = messages;
    }

    /** One value of a facet as a link that picks it, or (when picked) removes it. */
    record FacetLink(String value, long count, String href, boolean active) {
    }

    @GetMapping("/recherche")
    String search(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String theme,
            @RequestParam(name = "territoire", required = false) String territory,
            @RequestParam(name = "annee", required = false) Integer year, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        SearchRequest request = new SearchRequest(query, blank(type), blank(theme), blank(territory), year);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", query);
        params.put("type", request.type());
        params.put("theme", request.theme());
        params.put("territoire", request.territory());
        params.put("annee", year == null ? null : year.toString());
        model.addAttribute("q", query);
        model.addAttribute("searched", request.hasText() || request.hasFilter());
        if (request.hasText() || request.hasFilter()) {
            Searcher searcher = search.searcher(me);
            SearchResults results = search.search(request, searcher,
                    PageRequest.of(Math.max(0, Math.min(page, 500)), PAGE_SIZE));
            model.addAttribute("results", results);
            model.addAttribute("facets", facetLinks(results, params));
        }
        model.addAttribute("pageUrl", url(params, null, null));
        model.addAttribute("breadcrumb", List.of(Crumb.here(messages.text("search.page.title"))));
        return htmx != null ? "search/search :: results" : "search/search";
    }

    /**
     * Records like one (its title words and themes), as an HTML fragment for the record's page to
     * load with htmx; empty for a record the visitor may not see.
     */
    @GetMapping("/recherche/similaires")
    String similar(@AuthenticationPrincipal AccountPrincipal me, @RequestParam String type, @RequestParam Long id,
            Model model) {
        model.addAttribute("similar", search.similar(type, id, search.searcher(me), SIMILAR_COUNT));
        return "search/panels :: similar";
    }

    private static Map<String, List<FacetLink>> facetLinks(SearchResults results, Map<String, String> params) {
        Map<String, List<FacetLink>> links = new LinkedHashMap<>();
        results.facets().forEach((facet, values) -> {
            String param = FACET_PARAMS.get(facet);
            List<FacetLink> list = new ArrayList<>();
            for (SearchResults.Facet value : values) {
                boolean active = value.value().equals(params.get(param));
                list.add(new FacetLink(value.value(), value.count(),
                        url(params, param, active ? null : value.value()), active));
            }
            links.put(facet, list);
        });
        return links;
    }

    /** The search URL with one parameter changed (or removed when the value is null), page reset. */
    static String url(Map<String, String> params, String param, String value) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/recherche");
        params.forEach((name, current) -> {
            String v = name.equals(param) ? value : current;
            if (v != null && !v.isBlank()) {
                url.queryParam(name, v);
            }
        });
        return url.encode().build().toUriString();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
