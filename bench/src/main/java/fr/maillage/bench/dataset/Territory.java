package fr.maillage.bench.dataset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The part of the territorial reference the generator builds on: real régions, EPCI, communes and
 * QPV, read from the application's tables (see {@link TerritoryReader}), always in code order so
 * that the same reference and the same seed give the same data.
 */
public record Territory(List<Region> regions, List<Departement> departements, List<Epci> epcis,
        List<Commune> communes, List<Qpv> qpvs) {

    /** A région. */
    public record Region(String code, String name) {
    }

    /** A département. */
    public record Departement(String code, String name) {
    }

    /** An EPCI (intercommunalité), by SIREN. */
    public record Epci(String code, String name, int population) {
    }

    /**
     * A commune.
     *
     * @param epci       the SIREN of its EPCI, or {@code null} (a few islands and Paris' peculiarities)
     * @param postalCode its first postal code, or {@code null}
     */
    public record Commune(String code, String name, String departement, String region, String epci, int population,
            String postalCode) {
    }

    /** A QPV and the communes it lies in. */
    public record Qpv(String code, String name, String departement, List<String> communes) {
    }

    public Territory {
        regions = sorted(regions, Region::code);
        departements = sorted(departements, Departement::code);
        epcis = sorted(epcis, Epci::code);
        communes = sorted(communes, Commune::code);
        qpvs = sorted(qpvs, Qpv::code);
    }

    private static <T> List<T> sorted(List<T> items, java.util.function.Function<T, String> code) {
        List<T> copy = new ArrayList<>(items);
        copy.sort(Comparator.comparing(code));
        return List.copyOf(copy);
    }

    /** A copy whose QPV list is replaced (the generated national list, once imported). */
    public Territory withQpvs(List<Qpv> newQpvs) {
        return new Territory(regions, departements, epcis, communes, newQpvs);
    }

    public Map<String, Commune> communesByCode() {
        return communes.stream().collect(Collectors.toMap(Commune::code, c -> c, (a, b) -> a, LinkedHashMap::new));
    }

    public Map<String, List<Commune>> communesByEpci() {
        return communes.stream().filter(c -> c.epci() != null)
                .collect(Collectors.groupingBy(Commune::epci, LinkedHashMap::new, Collectors.toList()));
    }

    /** The QPV of each commune that has some, in code order. */
    public Map<String, List<Qpv>> qpvsByCommune() {
        Map<String, List<Qpv>> byCommune = new LinkedHashMap<>();
        for (Qpv qpv : qpvs) {
            for (String commune : qpv.communes()) {
                byCommune.computeIfAbsent(commune, c -> new ArrayList<>()).add(qpv);
            }
        }
        return byCommune;
    }

    public Set<String> qpvCodes() {
        return qpvs.stream().map(Qpv::code).collect(Collectors.toSet());
    }
}
