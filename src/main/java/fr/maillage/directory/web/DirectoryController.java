package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.DirectoryAction;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.DirectorySearch;
import fr.maillage.directory.OrganisationFilters;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.workspace.Workspace;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The directory's search page, in a workspace: organisations with facets, and the workspace's own
 * contacts. Typing in the box refreshes only the results (htmx); without JavaScript the form is an
 * ordinary GET.
 */
@Controller
class DirectoryController {

    static final int PAGE_SIZE = 20;

    /** The request parameter of each facet. */
    private static final java.util.Map<String, String> FACET_PARAMS = java.util.Map.of("kind", "kind", "themes",
            "theme", "commune", "commune", "epci", "epci", "qpv", "qpv");

    private final DirectoryGate gate;
    private final DirectorySearch search;
    private final DirectoryManagement directory;
    private final DirectoryViews views;
    private final fr.maillage.territory.TerritoryDirectory territories;

    DirectoryController(DirectoryGate gate, DirectorySearch search, DirectoryManagement directory,
            DirectoryViews views, fr.maillage.territory.TerritoryDirectory territories) {
        this.territories = territories;
        this.gate = gate;
        this.search = search;
        this.directory = directory;
        this.views = views;
    }

    @GetMapping("/espaces/{id}/annuaire")
    String search(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "organisations") String onglet, @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String commune, @RequestParam(required = false) String epci,
            @RequestParam(required = false) String qpv, @RequestParam(required = false) String tag,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.VIEW_DIRECTORY);
        boolean contacts = "contacts".equals(onglet);
        PageRequest pageable = PageRequest.of(Math.max(0, page), PAGE_SIZE);
        model.addAttribute("workspace", workspace);
        model.addAttribute("contactsTab", contacts);
        model.addAttribute("q", q);
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        params.put("onglet", onglet);
        params.put("q", q);
        if (contacts) {
            gate.require(id, me, DirectoryAction.VIEW_CONTACTS);
            model.addAttribute("contacts", search.contacts(id, q, pageable));
        } else {
            OrganisationFilters filters = new OrganisationFilters(q, kind, theme, commune, epci, qpv, tag);
            model.addAttribute("filters", filters);
            DirectorySearch.OrganisationResults results = search.organisations(filters, id, pageable);
            model.addAttribute("results", results);
            model.addAttribute("territoryLabels", territoryLabels(results));
            model.addAttribute("tags", directory.tags(id));
            params.put("kind", kind == null ? null : kind.name());
            params.put("theme", theme);
            params.put("commune", commune);
            params.put("epci", epci);
            params.put("qpv", qpv);
            params.put("tag", tag);
            java.util.Map<String, String> without = new java.util.LinkedHashMap<>();
            FACET_PARAMS.forEach((facet, param) -> without.put(facet, url(id, params, param)));
            without.put("tag", url(id, params, "tag"));
            model.addAttribute("urlWithout", without);
        }
        model.addAttribute("pageUrl", url(id, params, null));
        model.addAttribute("exportUrls", exportUrls(id, params, contacts));
        model.addAttribute("kinds", views.kinds());
        model.addAttribute("themes", views.themes());
        java.util.Set<DirectoryAction> allowed = gate.allowed(id, me);
        model.addAttribute("canEditOrganisation", allowed.contains(DirectoryAction.EDIT_ORGANISATION));
        model.addAttribute("canEditContact", allowed.contains(DirectoryAction.EDIT_CONTACT));
        model.addAttribute("canImport", allowed.contains(DirectoryAction.IMPORT));
        model.addAttribute("canMerge", allowed.contains(DirectoryAction.MERGE_ORGANISATIONS));
        model.addAttribute("breadcrumb", views.crumbs(workspace));
        return htmx != null ? "directory/search :: results" : "directory/search";
    }

    /** Names of the communes, EPCI and QPV of the facets, keyed by code. */
    private java.util.Map<String, String> territoryLabels(DirectorySearch.OrganisationResults results) {
        java.util.Map<String, String> labels = new java.util.HashMap<>();
        java.util.Map<String, fr.maillage.territory.TerritoryKind> kinds = java.util.Map.of("commune",
                fr.maillage.territory.TerritoryKind.COMMUNE, "epci", fr.maillage.territory.TerritoryKind.EPCI, "qpv",
                fr.maillage.territory.TerritoryKind.QPV);
        kinds.forEach((facet, kind) -> {
            java.util.Set<String> codes = new java.util.HashSet<>();
            results.facets().getOrDefault(facet, java.util.List.of()).forEach(f -> codes.add(f.value()));
            if (kind == fr.maillage.territory.TerritoryKind.COMMUNE) {
                // The communes of the listed organisations, named in the list too.
                results.page().getContent().stream().map(fr.maillage.directory.Organisation::getCommuneCode)
                        .filter(java.util.Objects::nonNull).forEach(codes::add);
            }
            territories.findAll(kind, codes).forEach((code, ref) -> labels.put(code, ref.label()));
        });
        return labels;
    }

    /** Download links keeping the current search, by file extension. */
    private static java.util.Map<String, String> exportUrls(Long id, java.util.Map<String, String> params,
            boolean contacts) {
        java.util.Map<String, String> urls = new java.util.LinkedHashMap<>();
        java.util.List<String> extensions = contacts ? java.util.List.of("csv", "xlsx", "vcf")
                : java.util.List.of("csv", "xlsx");
        for (String extension : extensions) {
            UriComponentsBuilder url = UriComponentsBuilder.fromPath(DirectoryViews.base(id) + "/export/"
                    + (contacts ? "contacts." : "organisations.") + extension);
            params.forEach((name, value) -> {
                if (!name.equals("onglet") && value != null && !value.isBlank()) {
                    url.queryParam(name, value);
                }
            });
            urls.put(extension, url.build().encode().toUriString());
        }
        return urls;
    }

    /** The search URL with the current parameters but one (the facet about to change). */
    private static String url(Long id, java.util.Map<String, String> params, String except) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(DirectoryViews.base(id));
        params.forEach((name, value) -> {
            if (!name.equals(except) && value != null && !value.isBlank()) {
                url.queryParam(name, value);
            }
        });
        return url.build().encode().toUriString();
    }
}
