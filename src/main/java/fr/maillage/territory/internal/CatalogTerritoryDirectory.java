package fr.maillage.territory.internal;

import fr.maillage.territory.Commune;
import fr.maillage.territory.Departement;
import fr.maillage.territory.Epci;
import fr.maillage.territory.Qpv;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.territory.TerritoryRef;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The territorial reference as the other modules see it. Codes are compared in upper case and
 * without surrounding spaces, as people type them.
 */
@Service
@Transactional(readOnly = true)
class CatalogTerritoryDirectory implements TerritoryDirectory {

    private final Communes communes;
    private final Epcis epcis;
    private final Qpvs qpvs;
    private final Departements departements;
    private final CommuneSearch communeSearch;
    private final MessageSource messages;

    CatalogTerritoryDirectory(Communes communes, Epcis epcis, Qpvs qpvs, Departements departements,
            CommuneSearch communeSearch, MessageSource messages) {
        this.communes = communes;
        this.epcis = epcis;
        this.qpvs = qpvs;
        this.departements = departements;
        this.communeSearch = communeSearch;
        this.messages = messages;
    }

    @Override
    public Optional<TerritoryRef> find(TerritoryKind kind, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(findAll(kind, List.of(code)).get(normalize(code)));
    }

    @Override
    public Map<String, TerritoryRef> findAll(TerritoryKind kind, Collection<String> codes) {
        List<String> normalized = codes.stream().filter(c -> c != null && !c.isBlank())
                .map(CatalogTerritoryDirectory::normalize).distinct().toList();
        if (normalized.isEmpty()) {
            return Map.of();
        }
        List<TerritoryRef> refs = switch (kind) {
            case COMMUNE -> communeRefs(communes.findByCodeIn(normalized));
            case EPCI -> epcis.findByCodeIn(normalized).stream().map(this::ref).toList();
            case QPV -> qpvRefs(qpvs.findByCodeIn(normalized));
        };
        return refs.stream().collect(Collectors.toMap(TerritoryRef::code, r -> r, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public List<TerritoryRef> search(TerritoryKind kind, String query, int limit) {
        String folded = Folding.fold(query);
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        String code = normalize(query);
        return switch (kind) {
            case COMMUNE -> communeRefs(communeSearch.search(query, limit));
            case EPCI -> epcis.search(code, folded, PageRequest.of(0, limit)).stream().map(this::ref).toList();
            case QPV -> qpvRefs(qpvs.search(code, folded, PageRequest.of(0, limit)));
        };
    }

    private List<TerritoryRef> communeRefs(List<Commune> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, Departement> names = departements.findByCodeIn(
                list.stream().map(Commune::getDepartementCode).distinct().toList()).stream()
                .collect(Collectors.toMap(Departement::getCode, d -> d));
        return list.stream().map(c -> new TerritoryRef(TerritoryKind.COMMUNE, c.getCode(), c.getName(),
                names.containsKey(c.getDepartementCode()) ? names.get(c.getDepartementCode()).label()
                        : c.getDepartementCode())).toList();
    }

    private TerritoryRef ref(Epci epci) {
        return new TerritoryRef(TerritoryKind.EPCI, epci.getCode(), epci.getName(),
                messages.getMessage("territory.ref.epci", new Object[] {epci.getMemberCount()},
                        LocaleContextHolder.getLocale()));
    }

    private List<TerritoryRef> qpvRefs(List<Qpv> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = communes.findByCodeIn(
                list.stream().flatMap(q -> q.getCommuneCodes().stream()).distinct().toList()).stream()
                .collect(Collectors.toMap(Commune::getCode, Commune::getName));
        return list.stream().map(q -> new TerritoryRef(TerritoryKind.QPV, q.getCode(), q.getName(),
                q.getCommuneCodes().stream().map(c -> names.getOrDefault(c, c)).collect(Collectors.joining(", "))))
                .toList();
    }

    private static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
