package fr.maillage.bench.dataset;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Generates an official-looking QPV list on real communes: codes in the 2024 format ({@code QN},
 * département on three characters, two-digit sequence, letter M/I/N), invented neighbourhood names,
 * one commune for most QPV and two for some. Towns get QPV in proportion to the square root of their
 * population, capped, so that big cities have many and mid-size towns some, as in the real list.
 * Codes already known to the reference (the demonstration sample) are never reused. A small
 * reference may hold fewer QPV than asked: each town takes at most one QPV per 25,000 inhabitants
 * (plus one), and a département at most 99.
 */
public final class QpvListGenerator {

    private static final int MIN_POPULATION = 8_000;
    /** The QPV geography covers mainland départements and the overseas ones (971 to 978), not 98x. */
    private static final java.util.regex.Pattern QPV_DEPARTEMENT = java.util.regex.Pattern.compile(
            "0[1-9]|[1-8]\\d|9[0-5]|2[AB]|97[1-8]");
    private static final int MAX_SEQUENCE = 99;
    private static final double TWO_COMMUNES = 0.1;

    private QpvListGenerator() {
    }

    public static List<Territory.Qpv> generate(Territory territory, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x51A7L);
        List<Territory.Commune> eligible = territory.communes().stream()
                .filter(c -> QPV_DEPARTEMENT.matcher(c.departement()).matches()).toList();
        List<Territory.Commune> towns = eligible.stream().filter(c -> c.population() >= MIN_POPULATION).toList();
        if (towns.isEmpty()) {
            towns = eligible;
        }
        WeightedPicker<Territory.Commune> picker = new WeightedPicker<>(towns, c -> Math.sqrt(c.population()));
        Map<String, List<Territory.Commune>> byEpci = territory.communesByEpci();
        Set<String> takenPrefixes = new HashSet<>();
        territory.qpvCodes().forEach(code -> takenPrefixes.add(code.substring(0, Math.min(code.length(), 7))));
        Map<String, Integer> perCommune = new HashMap<>();
        Map<String, Integer> nextSequence = new HashMap<>();
        Set<String> names = new HashSet<>();
        List<Territory.Qpv> qpvs = new ArrayList<>();
        for (int attempts = 0; qpvs.size() < count && attempts < count * 50; attempts++) {
            Territory.Commune commune = picker.pick(random);
            if (perCommune.getOrDefault(commune.code(), 0) >= cap(commune)) {
                continue;
            }
            String code = nextCode(commune.departement(), nextSequence, takenPrefixes, random);
            if (code == null) {
                continue;
            }
            perCommune.merge(commune.code(), 1, Integer::sum);
            List<String> communes = new ArrayList<>(List.of(commune.code()));
            if (random.nextDouble() < TWO_COMMUNES && commune.epci() != null) {
                neighbour(commune, byEpci.get(commune.epci()), random).ifPresent(n -> communes.add(n.code()));
            }
            qpvs.add(new Territory.Qpv(code, uniqueName(commune, names, random), commune.departement(), communes));
        }
        return qpvs;
    }

    /** Writes the list as the official file comes: {@code code_qp;nom_qp;insee_com}, UTF-8. */
    public static void write(List<Territory.Qpv> qpvs, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("code_qp;nom_qp;insee_com\n");
            for (Territory.Qpv qpv : qpvs) {
                out.write(qpv.code() + ";" + qpv.name() + ";" + String.join(",", qpv.communes()) + "\n");
            }
        }
    }

    private static int cap(Territory.Commune commune) {
        return Math.min(30, 1 + commune.population() / 25_000);
    }

    private static String nextCode(String departement, Map<String, Integer> nextSequence, Set<String> taken,
            SplittableRandom random) {
        String prefix = "QN" + "0".repeat(Math.max(0, 3 - departement.length())) + departement;
        int sequence = nextSequence.getOrDefault(prefix, 1);
        while (sequence <= MAX_SEQUENCE && taken.contains(prefix + String.format("%02d", sequence))) {
            sequence++;
        }
        if (sequence > MAX_SEQUENCE) {
            return null;
        }
        nextSequence.put(prefix, sequence + 1);
        double letter = random.nextDouble();
        return prefix + String.format("%02d", sequence) + (letter < 0.6 ? "M" : letter < 0.85 ? "I" : "N");
    }

    private static java.util.Optional<Territory.Commune> neighbour(Territory.Commune commune,
            List<Territory.Commune> members, SplittableRandom random) {
        List<Territory.Commune> others = members == null ? List.of() : members.stream()
                .filter(c -> !c.code().equals(commune.code()) && c.population() >= 2_000).toList();
        return others.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(Lexicon.pick(others, random));
    }

    /** "Les Hauts de Bellevue", "La Source - Les Tilleuls"…, unique within a commune. */
    private static String uniqueName(Territory.Commune commune, Set<String> names, SplittableRandom random) {
        for (int i = 0; i < 20; i++) {
            String name = random.nextBoolean()
                    ? Lexicon.pick(Lexicon.AREA_KINDS, random) + " " + Lexicon.pick(Lexicon.PLACES, random)
                    : capitalise(Lexicon.pick(Lexicon.PLACES, random)) + " - "
                            + capitalise(Lexicon.pick(Lexicon.PLACES, random));
            name = name.replace("de le ", "du ").replace("de les ", "des ");
            if (names.add(commune.code() + name)) {
                return name;
            }
        }
        String name = "Quartier " + (names.size() + 1);
        names.add(commune.code() + name);
        return name;
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
