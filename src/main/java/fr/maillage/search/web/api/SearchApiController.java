package fr.maillage.search.web.api;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.search.GlobalSearch;
import fr.maillage.search.SearchHit;
import fr.maillage.search.SearchRequest;
import fr.maillage.search.SearchResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The global search as JSON. Without a token it answers with public content only; with a token, with
 * what the token's user may see, as on the search page.
 */
@RestController
@Tag(name = "Recherche", description = "Recherche transversale dans tout ce que l'appelant peut voir")
class SearchApiController {

    private static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_QUERY = 200;
    /** Deep pages cost a pass over every hit before them; nobody reads past the ten thousandth. */
    private static final int MAX_OFFSET = 10_000;

    private final GlobalSearch search;

    SearchApiController(GlobalSearch search) {
        this.search = search;
    }

    /** One result; the HTML fields are escaped text with {@code <mark>} around the matched words. */
    record HitJson(String type, Long id, String title, String titleHtml, String snippetHtml, String url,
            Integer year) {

        static HitJson of(SearchHit hit) {
            return new HitJson(hit.type(), hit.id(), hit.title(), hit.titleHtml(), hit.snippetHtml(), hit.url(),
                    hit.year());
        }
    }

    record FacetJson(String value, long count) {
    }

    record SearchJson(List<HitJson> content, int page, int size, long totalElements, int totalPages,
            Map<String, List<FacetJson>> facets) {
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Rechercher", description = "Recherche plein texte (racinisation française, sans accents, "
            + "une faute de frappe tolérée sur les mots de cinq lettres ou plus), filtres par type, thématique, "
            + "territoire et année ; facettes=true ajoute les nombres de résultats par valeur de filtre. "
            + "Sans jeton : contenus publics seulement.")
    SearchJson search(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String territory, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean facettes, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "10") int size) {
        String query = q == null ? null : q.strip();
        if (query != null && query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        int pageSize = Math.min(Math.max(size, 1), MAX_PAGE_SIZE);
        int pageNumber = Math.min(Math.max(page, 0), MAX_OFFSET / pageSize);
        SearchResults results = search.search(new SearchRequest(query, type, theme, territory, year),
                search.searcher(me), PageRequest.of(pageNumber, pageSize), facettes);
        Map<String, List<FacetJson>> facets = new java.util.LinkedHashMap<>();
        results.facets().forEach((facet, values) -> facets.put(facet,
                values.stream().map(v -> new FacetJson(v.value(), v.count())).toList()));
        var p = results.page();
        return new SearchJson(p.getContent().stream().map(HitJson::of).toList(), p.getNumber(), p.getSize(),
                p.getTotalElements(), p.getTotalPages(), facets);
    }
}
