package fr.maillage.territory.web;

import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.territory.Commune;
import fr.maillage.territory.Departement;
import fr.maillage.territory.Epci;
import fr.maillage.territory.Region;
import fr.maillage.territory.TerritoryCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Browsing the territorial reference: overview with commune search, régions, départements, EPCI
 * and communes. Every authenticated user may read it.
 */
@Controller
@RequestMapping("/territoires")
class TerritoryController {

    static final int PAGE_SIZE = 50;
    static final int SEARCH_LIMIT = 20;

    private final TerritoryCatalog catalog;
    private final Flash flash;

    TerritoryController(TerritoryCatalog catalog, Flash flash) {
        this.catalog = catalog;
        this.flash = flash;
    }

    @GetMapping
    String overview(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("counts", catalog.counts());
        addSearch(q, model);
        return "territory/overview";
    }

    /** The search results alone, for the live search of the overview (htmx). */
    @GetMapping("/recherche")
    String search(@RequestParam(required = false) String q, Model model) {
        addSearch(q, model);
        return "territory/fragments :: communeResults";
    }

    @GetMapping("/regions")
    String regions(Model model) {
        model.addAttribute("regions", catalog.regions());
        model.addAttribute("crumbs", List.of(overviewCrumb(), Crumb.here(flash.text("territory.regions.title"))));
        return "territory/regions";
    }

    @GetMapping("/regions/{code}")
    String region(@PathVariable String code, Model model) {
        Region region = catalog.region(code);
        model.addAttribute("region", region);
        model.addAttribute("departements", catalog.departementsOf(region.getCode()));
        model.addAttribute("crumbs", List.of(overviewCrumb(), regionsCrumb(), Crumb.here(region.getName())));
        return "territory/region";
    }

    @GetMapping("/departements/{code}")
    String departement(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        Departement departement = catalog.departement(code.toUpperCase(Locale.ROOT));
        Region region = catalog.region(departement.getRegionCode());
        Page<Commune> communes = catalog.communesOfDepartement(departement.getCode(), pageRequest(page));
        model.addAttribute("departement", departement);
        model.addAttribute("region", region);
        model.addAttribute("epcis", catalog.epcisOf(departement.getCode()));
        model.addAttribute("communes", communes);
        model.addAttribute("communeEpcis", catalog.epcisOf(communes.getContent()));
        model.addAttribute("crumbs", List.of(overviewCrumb(), regionsCrumb(), regionCrumb(region),
                Crumb.here(departement.label())));
        return "territory/departement";
    }

    @GetMapping("/epci/{code}")
    String epci(@PathVariable String code, @RequestParam(defaultValue = "0") int page, Model model) {
        Epci epci = catalog.epci(code);
        Page<Commune> communes = catalog.communesOfEpci(epci.getCode(), pageRequest(page));
        model.addAttribute("epci", epci);
        model.addAttribute("communes", communes);
        model.addAttribute("departements", catalog.departements(
                communes.getContent().stream().map(Commune::getDepartementCode).distinct().toList()));
        model.addAttribute("crumbs", List.of(overviewCrumb(), Crumb.here(epci.getName())));
        return "territory/epci";
    }

    @GetMapping("/communes/{code}")
    String commune(@PathVariable String code, Model model) {
        Commune commune = catalog.commune(code.toUpperCase(Locale.ROOT));
        Departement departement = catalog.departement(commune.getDepartementCode());
        Region region = catalog.region(commune.getRegionCode());
        model.addAttribute("commune", commune);
        model.addAttribute("departement", departement);
        model.addAttribute("region", region);
        model.addAttribute("epci", commune.getEpciCode() == null ? null : catalog.epci(commune.getEpciCode()));
        model.addAttribute("qpvs", catalog.qpvOf(commune.getCode()));
        model.addAttribute("crumbs", List.of(overviewCrumb(), regionsCrumb(), regionCrumb(region),
                new Crumb(departement.label(), "/territoires/departements/" + departement.getCode()),
                Crumb.here(commune.getName())));
        return "territory/commune";
    }

    private void addSearch(String q, Model model) {
        String query = Objects.requireNonNullElse(q, "").strip();
        List<Commune> results = catalog.searchCommunes(query, SEARCH_LIMIT);
        model.addAttribute("q", query);
        model.addAttribute("results", results);
        model.addAttribute("resultDepartements", catalog.departements(
                results.stream().map(Commune::getDepartementCode).distinct().toList()));
    }

    private static PageRequest pageRequest(int page) {
        return PageRequest.of(Math.max(page, 0), PAGE_SIZE);
    }

    private Crumb overviewCrumb() {
        return new Crumb(flash.text("territory.overview.title"), "/territoires");
    }

    private Crumb regionsCrumb() {
        return new Crumb(flash.text("territory.regions.title"), "/territoires/regions");
    }

    private static Crumb regionCrumb(Region region) {
        return new Crumb(region.getName(), "/territoires/regions/" + region.getCode());
    }
}
