package fr.maillage.territory;

import fr.maillage.shared.NotFoundException;
import fr.maillage.territory.internal.CommuneSearch;
import fr.maillage.territory.internal.Communes;
import fr.maillage.territory.internal.Departements;
import fr.maillage.territory.internal.Epcis;
import fr.maillage.territory.internal.Qpvs;
import fr.maillage.territory.internal.Regions;
import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the territorial reference: the tree région → département → EPCI → commune, the QPV, and
 * commune search. Every list is bounded (paginated or small by nature).
 */
@Service
@Transactional(readOnly = true)
public class TerritoryCatalog {

    private static final Comparator<String> FRENCH = Collator.getInstance(Locale.FRENCH)::compare;

    private final Regions regions;
    private final Departements departements;
    private final Epcis epcis;
    private final Communes communes;
    private final Qpvs qpvs;
    private final CommuneSearch search;

    TerritoryCatalog(Regions regions, Departements departements, Epcis epcis, Communes communes, Qpvs qpvs,
            CommuneSearch search) {
        this.regions = regions;
        this.departements = departements;
        this.epcis = epcis;
        this.communes = communes;
        this.qpvs = qpvs;
        this.search = search;
    }

    /** How much the reference holds. */
    public record Counts(long regions, long departements, long epcis, long communes, long qpv, long samples) {
    }

    /** A région and its number of départements. */
    public record RegionSummary(Region region, long departements) {
    }

    /** A département and its number of communes. */
    public record DepartementSummary(Departement departement, long communes) {
    }

    public Counts counts() {
        return new Counts(regions.count(), departements.count(), epcis.count(), communes.count(), qpvs.count(),
                qpvs.countBySampleTrue());
    }

    /** The régions by name, in French alphabetical order. */
    public List<RegionSummary> regions() {
        Map<String, Long> counts = countMap(departements.countByRegion());
        return regions.findAll().stream().sorted(Comparator.comparing(Region::getName, FRENCH))
                .map(r -> new RegionSummary(r, counts.getOrDefault(r.getCode(), 0L))).toList();
    }

    public Region region(String code) {
        return regions.findById(code).orElseThrow(() -> new NotFoundException("région " + code));
    }

    /** The départements of a région, by code. */
    public List<DepartementSummary> departementsOf(String regionCode) {
        Map<String, Long> counts = countMap(communes.countByDepartement());
        return departements.findByRegionCodeOrderByCode(regionCode).stream()
                .map(d -> new DepartementSummary(d, counts.getOrDefault(d.getCode(), 0L))).toList();
    }

    public Departement departement(String code) {
        return departements.findById(code).orElseThrow(() -> new NotFoundException("département " + code));
    }

    /** The départements of the given codes, keyed by code. */
    public Map<String, Departement> departements(Collection<String> codes) {
        return codes.isEmpty() ? Map.of()
                : departements.findByCodeIn(codes).stream()
                        .collect(Collectors.toMap(Departement::getCode, Function.identity()));
    }

    /** The EPCI with member communes in a département, by name. */
    public List<Epci> epcisOf(String departementCode) {
        return epcis.findByDepartement(departementCode);
    }

    public Epci epci(String code) {
        return epcis.findById(code).orElseThrow(() -> new NotFoundException("EPCI " + code));
    }

    /** The EPCI of the given communes, keyed by SIREN. */
    public Map<String, Epci> epcisOf(Collection<Commune> list) {
        List<String> codes = list.stream().map(Commune::getEpciCode).filter(Objects::nonNull).distinct().toList();
        return codes.isEmpty() ? Map.of()
                : epcis.findByCodeIn(codes).stream().collect(Collectors.toMap(Epci::getCode, Function.identity()));
    }

    public Page<Commune> communesOfDepartement(String departementCode, Pageable pageable) {
        return communes.findByDepartementCodeOrderBySearchNameAscCodeAsc(departementCode, pageable);
    }

    public Page<Commune> communesOfEpci(String epciCode, Pageable pageable) {
        return communes.findByEpciCodeOrderBySearchNameAscCodeAsc(epciCode, pageable);
    }

    public Commune commune(String code) {
        return communes.findById(code).orElseThrow(() -> new NotFoundException("commune " + code));
    }

    /** The communes of the given INSEE codes, keyed by code. */
    public Map<String, Commune> communes(Collection<String> codes) {
        return codes.isEmpty() ? Map.of()
                : communes.findByCodeIn(codes).stream()
                        .collect(Collectors.toMap(Commune::getCode, Function.identity()));
    }

    /** Communes by name (with or without accents, or its beginning), INSEE or postal code, best first. */
    public List<Commune> searchCommunes(String query, int limit) {
        return search.search(query, limit);
    }

    /** The QPV that lie in a commune, by code. */
    public List<Qpv> qpvOf(String communeCode) {
        return withCommunes(qpvs.findByCommune(communeCode));
    }

    public Qpv qpv(String code) {
        Qpv qpv = qpvs.findById(code).orElseThrow(() -> new NotFoundException("QPV " + code));
        Hibernate.initialize(qpv.communeCodes());
        return qpv;
    }

    /** The QPV, of one département when it is given ("25", "2a", "976"), by code. */
    public Page<Qpv> qpvs(String departementCode, Pageable pageable) {
        Page<Qpv> page = departementCode == null || departementCode.isBlank() ? qpvs.findAllByOrderByCode(pageable)
                : qpvs.findByDepartementCodeOrderByCode(departementCode.strip().toUpperCase(Locale.ROOT), pageable);
        withCommunes(page.getContent());
        return page;
    }

    /** The départements that have QPV, by code. */
    public List<Departement> qpvDepartements() {
        List<String> codes = qpvs.departementCodes();
        Map<String, Departement> known = departements(codes);
        return codes.stream().map(known::get).filter(Objects::nonNull).toList();
    }

    /** The communes of the given QPV, keyed by INSEE code. */
    public Map<String, Commune> communesOf(Collection<Qpv> list) {
        return communes(list.stream().flatMap(q -> q.getCommuneCodes().stream()).distinct().toList());
    }

    /** Pages render after the transaction: the communes of each QPV are loaded here, in batches. */
    private static List<Qpv> withCommunes(List<Qpv> list) {
        list.forEach(q -> Hibernate.initialize(q.communeCodes()));
        return list;
    }

    private static Map<String, Long> countMap(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }
}
