package fr.maillage.territory.web;

import fr.maillage.territory.Commune;
import fr.maillage.territory.Departement;
import fr.maillage.territory.Epci;
import fr.maillage.territory.Qpv;
import fr.maillage.territory.Region;
import fr.maillage.territory.TerritoryCatalog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The territorial reference as JSON, for any authenticated caller: it is public reference data,
 * so no workspace role is required.
 */
@RestController
@RequestMapping("/api/v1/territory")
@Tag(name = "Territoires", description = "Référentiel territorial : communes du COG et quartiers prioritaires (QPV)")
class TerritoryApiController {

    private static final int MAX_LIMIT = 100;
    private static final int MAX_PAGE_SIZE = 200;

    private final TerritoryCatalog catalog;

    TerritoryApiController(TerritoryCatalog catalog) {
        this.catalog = catalog;
    }

    /** A commune in a list. */
    record CommuneJson(String code, String name, String departement, String region, String epci,
            Integer population, List<String> postalCodes) {

        static CommuneJson of(Commune c) {
            return new CommuneJson(c.getCode(), c.getName(), c.getDepartementCode(), c.getRegionCode(),
                    c.getEpciCode(), c.getPopulation(), c.getPostalCodes());
        }
    }

    /** A code and a name. */
    record NamedJson(String code, String name) {
    }

    /** A commune with its département, région, EPCI and QPV. */
    record CommuneDetailJson(String code, String name, NamedJson departement, NamedJson region, NamedJson epci,
            Integer population, List<String> postalCodes, List<NamedJson> qpv) {
    }

    /** A QPV. */
    record QpvJson(String code, String name, String departement, List<String> communes, boolean sample,
            Instant updatedAt) {

        static QpvJson of(Qpv q) {
            return new QpvJson(q.getCode(), q.getName(), q.getDepartementCode(), q.getCommuneCodes(), q.isSample(),
                    q.getUpdatedAt());
        }
    }

    /** A list of results. */
    record ItemsJson<T>(List<T> items) {
    }

    /** One page of results and where it stands. */
    record PageJson<T>(List<T> items, PageInfo page) {
    }

    /** Page number (from 0), size, and totals. */
    record PageInfo(int number, int size, long totalElements, int totalPages) {

        static PageInfo of(Page<?> page) {
            return new PageInfo(page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
        }
    }

    @GetMapping("/communes")
    @Operation(summary = "Rechercher des communes",
            description = "Par nom (avec ou sans accents, ou son début), code INSEE ou code postal ; le nom exact "
                    + "d'abord, puis les communes les plus peuplées.")
    ItemsJson<CommuneJson> communes(@Parameter(description = "texte recherché") @RequestParam String q,
            @Parameter(description = "nombre maximal de résultats (100 au plus)")
            @RequestParam(defaultValue = "20") int limit) {
        int bounded = Math.min(Math.max(limit, 1), MAX_LIMIT);
        return new ItemsJson<>(catalog.searchCommunes(q, bounded).stream().map(CommuneJson::of).toList());
    }

    @GetMapping("/communes/{code}")
    @Operation(summary = "Une commune", description = "Par son code INSEE, avec son département, sa région, son EPCI "
            + "et les QPV situés sur son territoire.")
    CommuneDetailJson commune(@PathVariable String code) {
        Commune commune = catalog.commune(code.toUpperCase(Locale.ROOT));
        Departement departement = catalog.departement(commune.getDepartementCode());
        Region region = catalog.region(commune.getRegionCode());
        Epci epci = commune.getEpciCode() == null ? null : catalog.epci(commune.getEpciCode());
        return new CommuneDetailJson(commune.getCode(), commune.getName(),
                new NamedJson(departement.getCode(), departement.getName()),
                new NamedJson(region.getCode(), region.getName()),
                epci == null ? null : new NamedJson(epci.getCode(), epci.getName()), commune.getPopulation(),
                commune.getPostalCodes(),
                catalog.qpvOf(commune.getCode()).stream().map(q -> new NamedJson(q.getCode(), q.getName())).toList());
    }

    @GetMapping("/qpv")
    @Operation(summary = "Les quartiers prioritaires",
            description = "Par code, page par page ; filtre facultatif par département (\"25\", \"2A\", \"976\"). "
                    + "sample vaut true pour les QPV de l'échantillon de démonstration.")
    PageJson<QpvJson> qpv(@RequestParam(required = false) String departement,
            @Parameter(description = "numéro de page, à partir de 0") @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        Page<Qpv> result = catalog.qpvs(departement,
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE_SIZE)));
        return new PageJson<>(result.getContent().stream().map(QpvJson::of).toList(), PageInfo.of(result));
    }
}
