package fr.maillage.bench.dataset;

import fr.maillage.bench.BenchSize;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Generates the workspaces of the four kinds on real territories: a contrat de ville per EPCI that
 * has QPV (then the most populous others), cités éducatives and PRE in communes that have QPV, a
 * centre de ressources per région, each with a perimeter of real communes, EPCI and QPV codes.
 */
final class WorkspaceGenerator {

    static final Instant EPOCH = Instant.parse("2024-01-15T08:00:00Z");

    /** The workspaces and their perimeters. */
    record Result(List<Rows.Workspace> workspaces, List<Rows.Perimeter> perimeter) {
    }

    private final Territory territory;
    private final SplittableRandom random;
    private final Map<String, Territory.Commune> communes;
    private final Map<String, List<Territory.Qpv>> qpvsByCommune;
    private final Map<String, List<Territory.Commune>> communesByEpci;
    private final List<Rows.Workspace> workspaces = new ArrayList<>();
    private final List<Rows.Perimeter> perimeter = new ArrayList<>();
    private final List<String> contractEpcis = new ArrayList<>();
    private long nextId;

    private WorkspaceGenerator(Territory territory, long seed, long firstId) {
        this.territory = territory;
        this.random = new SplittableRandom(seed ^ 0x3E5FL);
        this.communes = territory.communesByCode();
        this.qpvsByCommune = territory.qpvsByCommune();
        this.communesByEpci = territory.communesByEpci();
        this.nextId = firstId;
    }

    static Result generate(Territory territory, BenchSize size, long seed, long firstId) {
        WorkspaceGenerator generator = new WorkspaceGenerator(territory, seed, firstId);
        generator.contratsDeVille(size.contratsDeVille());
        generator.citesEducatives(size.citesEducatives());
        generator.pre(size.pre());
        generator.centresRessources(size.centresRessources());
        return new Result(List.copyOf(generator.workspaces), List.copyOf(generator.perimeter));
    }

    private void contratsDeVille(int count) {
        Map<String, Territory.Epci> epcis = territory.epcis().stream()
                .collect(Collectors.toMap(Territory.Epci::code, Function.identity()));
        List<String> withQpv = new ArrayList<>(qpvsByCommune.keySet().stream().map(communes::get)
                .filter(c -> c != null && c.epci() != null && epcis.containsKey(c.epci()))
                .map(Territory.Commune::epci).collect(Collectors.toCollection(LinkedHashSet::new)));
        shuffle(withQpv);
        territory.epcis().stream().sorted(Comparator.comparingInt(Territory.Epci::population).reversed())
                .map(Territory.Epci::code).filter(code -> !withQpv.contains(code)).forEach(withQpv::add);
        for (String code : withQpv.subList(0, Math.min(count, withQpv.size()))) {
            Territory.Epci epci = epcis.get(code);
            List<Territory.Commune> members = communesByEpci.getOrDefault(code, List.of());
            List<Territory.Commune> inPerimeter = members.stream().filter(c -> qpvsByCommune.containsKey(c.code()))
                    .toList();
            if (inPerimeter.isEmpty() && !members.isEmpty()) {
                inPerimeter = List.of(members.stream().max(Comparator.comparingInt(Territory.Commune::population))
                        .orElseThrow());
            }
            List<Territory.Qpv> qpvs = qpvsOf(inPerimeter, Integer.MAX_VALUE);
            long id = add("CONTRAT_DE_VILLE", "Contrat de ville de " + epci.name(),
                    "Engagements Quartiers 2030 : contrat de ville 2024-2030 de " + epci.name()
                            + ", de l'État et de leurs partenaires pour " + plural(qpvs.size(), "quartier prioritaire",
                                    "quartiers prioritaires") + ".",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2030, 12, 31));
            contractEpcis.add(code);
            perimeter(id, "EPCI", List.of(code));
            perimeter(id, "COMMUNE", inPerimeter.stream().map(Territory.Commune::code).toList());
            perimeter(id, "QPV", qpvs.stream().map(Territory.Qpv::code).toList());
        }
    }

    private void citesEducatives(int count) {
        List<Territory.Commune> places = distinctTowns(count);
        for (Territory.Commune commune : places) {
            List<Territory.Commune> towns = new ArrayList<>(List.of(commune));
            secondTown(commune).ifPresent(towns::add);
            String names = towns.stream().map(Territory.Commune::name).collect(Collectors.joining(" – "));
            String college = Lexicon.pick(Lexicon.PERSONALITIES, random);
            List<Territory.Qpv> qpvs = qpvsOf(towns, 1 + random.nextInt(3));
            int startYear = 2019 + random.nextInt(6);
            long id = add("CITE_EDUCATIVE", "Cité éducative " + (towns.size() > 1 ? names : "de " + names),
                    "Cité éducative autour du collège " + college + " (" + commune.name()
                            + "), collège chef de file ; " + plural(qpvs.size(), "quartier prioritaire",
                                    "quartiers prioritaires") + ".",
                    LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 3, 8, 31));
            perimeter(id, "COMMUNE", towns.stream().map(Territory.Commune::code).toList());
            if (commune.epci() != null) {
                perimeter(id, "EPCI", List.of(commune.epci()));
            }
            perimeter(id, "QPV", qpvs.stream().map(Territory.Qpv::code).toList());
        }
    }

    private void pre(int count) {
        List<String> carriers = List.of("la commune", "le CCAS", "la caisse des écoles", "le GIP");
        for (Territory.Commune commune : distinctTowns(count)) {
            long id = add("PRE", "Programme de réussite éducative de " + commune.name(),
                    "Programme de réussite éducative porté par " + Lexicon.pick(carriers, random) + " de "
                            + commune.name() + " : parcours individualisés des enfants de 2 à 16 ans et de leurs "
                            + "familles, par une équipe pluridisciplinaire de soutien.",
                    LocalDate.of(2005 + random.nextInt(16), 1, 1), null);
            perimeter(id, "COMMUNE", List.of(commune.code()));
            perimeter(id, "QPV", qpvsOf(List.of(commune), Integer.MAX_VALUE).stream().map(Territory.Qpv::code)
                    .toList());
        }
    }

    private void centresRessources(int count) {
        Map<String, Integer> population = territory.communes().stream()
                .collect(Collectors.groupingBy(Territory.Commune::region,
                        Collectors.summingInt(Territory.Commune::population)));
        List<Territory.Region> regions = territory.regions().stream()
                .sorted(Comparator.comparing((Territory.Region r) -> population.getOrDefault(r.code(), 0)).reversed()
                        .thenComparing(Territory.Region::code))
                .toList();
        for (int i = 0; i < count && !regions.isEmpty(); i++) {
            Territory.Region region = regions.get(i % regions.size());
            String suffix = i < regions.size() ? "" : " (antenne " + (i / regions.size() + 1) + ")";
            long id = add("CENTRE_RESSOURCES", "Centre de ressources politique de la ville " + region.name() + suffix,
                    "Qualification des acteurs, capitalisation des expériences et animation des réseaux de la "
                            + "politique de la ville, région " + region.name() + ".",
                    LocalDate.of(1994 + random.nextInt(17), 1, 1), null);
            perimeter(id, "EPCI", epcisOfRegion(region.code()));
        }
    }

    /** The EPCI of the région that have a contrat de ville, or its most populous ones. */
    private List<String> epcisOfRegion(String region) {
        Set<String> ofRegion = territory.communes().stream().filter(c -> region.equals(c.region()) && c.epci() != null)
                .map(Territory.Commune::epci).collect(Collectors.toSet());
        List<String> chosen = contractEpcis.stream().filter(ofRegion::contains).limit(12).toList();
        if (!chosen.isEmpty()) {
            return chosen;
        }
        return territory.epcis().stream().filter(e -> ofRegion.contains(e.code()))
                .sorted(Comparator.comparingInt(Territory.Epci::population).reversed()).limit(5)
                .map(Territory.Epci::code).toList();
    }

    /** Distinct communes that have QPV (weighted by how many), then the most populous others. */
    private List<Territory.Commune> distinctTowns(int count) {
        List<Territory.Commune> withQpv = qpvsByCommune.keySet().stream().map(communes::get)
                .filter(java.util.Objects::nonNull).toList();
        Set<Territory.Commune> chosen = new LinkedHashSet<>();
        if (!withQpv.isEmpty()) {
            WeightedPicker<Territory.Commune> picker = new WeightedPicker<>(withQpv,
                    c -> qpvsByCommune.get(c.code()).size());
            for (int attempts = 0; chosen.size() < count && attempts < count * 20; attempts++) {
                chosen.add(picker.pick(random));
            }
        }
        territory.communes().stream().sorted(Comparator.comparingInt(Territory.Commune::population).reversed())
                .takeWhile(c -> chosen.size() < count).forEach(chosen::add);
        return List.copyOf(chosen);
    }

    private java.util.Optional<Territory.Commune> secondTown(Territory.Commune commune) {
        if (commune.epci() == null || random.nextDouble() >= 0.2) {
            return java.util.Optional.empty();
        }
        return communesByEpci.getOrDefault(commune.epci(), List.of()).stream()
                .filter(c -> !c.code().equals(commune.code()) && qpvsByCommune.containsKey(c.code())).findFirst();
    }

    private List<Territory.Qpv> qpvsOf(List<Territory.Commune> towns, int limit) {
        return towns.stream().flatMap(c -> qpvsByCommune.getOrDefault(c.code(), List.of()).stream()).distinct()
                .limit(limit).toList();
    }

    private long add(String type, String name, String description, LocalDate start, LocalDate end) {
        long id = nextId++;
        Instant created = EPOCH.plusSeconds(random.nextLong(60L * 60 * 24 * 400));
        workspaces.add(new Rows.Workspace(id, type, name.length() > 200 ? name.substring(0, 200) : name,
                description, start, end, created));
        return id;
    }

    private void perimeter(long workspaceId, String kind, List<String> codes) {
        new LinkedHashSet<>(codes).forEach(code -> perimeter.add(new Rows.Perimeter(workspaceId, kind, code)));
    }

    private void shuffle(List<String> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            java.util.Collections.swap(items, i, random.nextInt(i + 1));
        }
    }

    private static String plural(int count, String one, String many) {
        return count + " " + (count > 1 ? many : one);
    }
}
