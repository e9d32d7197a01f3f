package fr.maillage.participation;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The draw by lot with quotas, as published in {@code docs/tirage-au-sort.md} and on the public
 * page {@code /conseils-citoyens/methode}, so that anyone holding the seed phrase, the quotas and
 * the anonymised pool list gets the same result:
 * <ol>
 * <li>the seed is SHA-256 of the public phrase (spaces around it removed, Unicode NFC, UTF-8);</li>
 * <li>the pool is sorted by reference (ascending order of the codes);</li>
 * <li>the quota cells are taken in ascending order of (gender, age band, quartier) codes;</li>
 * <li>for each cell, its candidates in pool order are shuffled by Fisher-Yates (for i from n-1 down
 * to 1, j = below(i+1), swap i and j) with {@link SeededStream}, one stream for the whole draw;</li>
 * <li>the first {@code seats} are drawn, the next {@code seats × substitutesPerSeat} (as far as
 * candidates remain) are substitutes, in that order.</li>
 * </ol>
 * Pure and without Spring: the public verification page and the tests run it as is.
 */
public final class FairDraw {

    /** Name of this version of the algorithm, printed on every report. */
    public static final String ALGORITHM = "maillage-tirage-1 (SHA-256 en mode compteur, Fisher-Yates par case)";

    /** Header of the anonymised pool list. */
    public static final String LIST_HEADER = "reference;genre;tranche_age;quartier";

    /** The code of a dimension a cell does not constrain. */
    public static final String ANY = "*";

    private FairDraw() {
    }

    /** One volunteer as the public sees him: a reference and the three quota criteria (codes). */
    public record Candidate(String reference, String gender, String ageBand, String quartier) {

        public Candidate {
            Objects.requireNonNull(reference);
        }

        String line() {
            return reference + ";" + nullToEmpty(gender) + ";" + nullToEmpty(ageBand) + ";" + nullToEmpty(quartier);
        }
    }

    /**
     * A quota cell: how many seats go to the candidates with these criteria; {@link #ANY} (or null)
     * for a dimension the draw does not use.
     */
    public record Cell(String gender, String ageBand, String quartier, int seats) {

        public Cell {
            gender = anyIfBlank(gender);
            ageBand = anyIfBlank(ageBand);
            quartier = anyIfBlank(quartier);
            if (seats < 0) {
                throw new IllegalArgumentException("seats must not be negative");
            }
        }

        public boolean accepts(Candidate c) {
            return matches(gender, c.gender()) && matches(ageBand, c.ageBand()) && matches(quartier, c.quartier());
        }

        /** "F;16-25;*": the cell's criteria, also its sorting key. */
        public String key() {
            return gender + ";" + ageBand + ";" + quartier;
        }

        private static boolean matches(String wanted, String actual) {
            return ANY.equals(wanted) || wanted.equals(actual);
        }
    }

    /** A cell the pool cannot fill: it asks for more seats than it has candidates. */
    public record Shortfall(Cell cell, int available) {
    }

    /** What came out for one cell. */
    public record CellResult(Cell cell, int available, List<String> drawn, List<String> substitutes) {
    }

    /** The whole draw: what makes it verifiable and its outcome. */
    public record Result(String seedHex, String poolDigest, int poolSize, List<CellResult> cells) {

        public List<String> drawn() {
            return cells.stream().flatMap(c -> c.drawn().stream()).toList();
        }
    }

    /** The cells whose seats exceed their candidates, in cell order. */
    public static List<Shortfall> shortfalls(List<Candidate> pool, List<Cell> cells) {
        requireConsistent(cells);
        Map<String, List<String>> byCell = byCell(pool, cells);
        List<Shortfall> missing = new ArrayList<>();
        for (Cell cell : sorted(cells)) {
            int available = byCell.getOrDefault(cell.key(), List.of()).size();
            if (available < cell.seats()) {
                missing.add(new Shortfall(cell, available));
            }
        }
        return missing;
    }

    /**
     * Draws the seats of every cell.
     *
     * @throws IllegalArgumentException when cells overlap (a candidate in two cells), use different
     *                                  dimensions, or a cell cannot be filled (see {@link #shortfalls})
     */
    public static Result draw(List<Candidate> pool, List<Cell> cells, int substitutesPerSeat, String seedPhrase) {
        requireConsistent(cells);
        List<Candidate> ordered = sortedPool(pool);
        Map<String, List<String>> byCell = byCell(ordered, cells);
        byte[] seed = seed(seedPhrase);
        SeededStream stream = new SeededStream(seed);
        List<CellResult> results = new ArrayList<>();
        for (Cell cell : sorted(cells)) {
            List<String> candidates = new ArrayList<>(byCell.getOrDefault(cell.key(), List.of()));
            if (candidates.size() < cell.seats()) {
                throw new IllegalArgumentException("quotas the pool cannot meet");
            }
            for (int i = candidates.size() - 1; i > 0; i--) {
                int j = stream.below(i + 1);
                String swapped = candidates.get(i);
                candidates.set(i, candidates.get(j));
                candidates.set(j, swapped);
            }
            int substitutes = Math.min(candidates.size() - cell.seats(), cell.seats() * substitutesPerSeat);
            results.add(new CellResult(cell, candidates.size(), List.copyOf(candidates.subList(0, cell.seats())),
                    List.copyOf(candidates.subList(cell.seats(), cell.seats() + substitutes))));
        }
        return new Result(HexFormat.of().formatHex(seed), digest(listOfSorted(ordered)), pool.size(), results);
    }

    /**
     * The candidates of each cell, keyed by {@link Cell#key()}, in the pool's order: one pass over the
     * pool, since every cell uses the same dimensions.
     */
    private static Map<String, List<String>> byCell(List<Candidate> pool, List<Cell> cells) {
        Map<String, List<String>> byCell = new HashMap<>();
        if (cells.isEmpty()) {
            return byCell;
        }
        Cell shape = cells.get(0);
        boolean g = !ANY.equals(shape.gender());
        boolean a = !ANY.equals(shape.ageBand());
        boolean q = !ANY.equals(shape.quartier());
        Set<String> wanted = new HashSet<>();
        cells.forEach(c -> wanted.add(c.key()));
        for (Candidate c : pool) {
            String key = (g ? String.valueOf(c.gender()) : ANY) + ";" + (a ? String.valueOf(c.ageBand()) : ANY) + ";"
                    + (q ? String.valueOf(c.quartier()) : ANY);
            if (wanted.contains(key)) {
                byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(c.reference());
            }
        }
        return byCell;
    }

    /** SHA-256 of the phrase, with surrounding spaces removed, in Unicode NFC, encoded in UTF-8. */
    public static byte[] seed(String phrase) {
        String normalized = Normalizer.normalize(phrase.strip(), Normalizer.Form.NFC);
        return SeededStream.sha256().digest(normalized.getBytes(StandardCharsets.UTF_8));
    }

    /** The pool as published: the header then one line per candidate, sorted by reference, each ended by \n. */
    public static String anonymisedList(List<Candidate> pool) {
        return listOfSorted(sortedPool(pool));
    }

    private static String listOfSorted(List<Candidate> ordered) {
        StringBuilder text = new StringBuilder(ordered.size() * 28).append(LIST_HEADER).append('\n');
        ordered.forEach(c -> text.append(c.line()).append('\n'));
        return text.toString();
    }

    /** SHA-256 of the text in UTF-8, hexadecimal: the fingerprint of the published pool list. */
    public static String digest(String text) {
        return HexFormat.of().formatHex(SeededStream.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads a published pool list back (blank lines and the header skipped). */
    public static List<Candidate> parseList(String text) {
        List<Candidate> pool = new ArrayList<>();
        for (String line : text.replace("\r", "").split("\n")) {
            if (line.isBlank() || line.strip().equalsIgnoreCase(LIST_HEADER)) {
                continue;
            }
            String[] parts = line.strip().split(";", -1);
            if (parts.length != 4 || parts[0].isBlank()) {
                throw new IllegalArgumentException(line);
            }
            pool.add(new Candidate(parts[0], emptyToNull(parts[1]), emptyToNull(parts[2]), emptyToNull(parts[3])));
        }
        return pool;
    }

    /** Reads quota lines "genre;tranche;quartier;sièges" ("*" for a dimension not used). */
    public static List<Cell> parseCells(String text) {
        List<Cell> cells = new ArrayList<>();
        for (String line : text.replace("\r", "").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.strip().split(";", -1);
            if (parts.length != 4) {
                throw new IllegalArgumentException(line);
            }
            cells.add(new Cell(parts[0].strip(), parts[1].strip(), parts[2].strip(), Integer.parseInt(parts[3].strip())));
        }
        return cells;
    }

    /** Quota lines as {@link #parseCells} reads them, in cell order. */
    public static String formatCells(List<Cell> cells) {
        StringBuilder text = new StringBuilder();
        sorted(cells).forEach(c -> text.append(c.key()).append(';').append(c.seats()).append('\n'));
        return text.toString();
    }

    public static List<Cell> sorted(List<Cell> cells) {
        return cells.stream().sorted(Comparator.comparing(Cell::gender).thenComparing(Cell::ageBand)
                .thenComparing(Cell::quartier)).toList();
    }

    private static List<Candidate> sortedPool(List<Candidate> pool) {
        List<Candidate> ordered = pool.stream().sorted(Comparator.comparing(Candidate::reference)).toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).reference().equals(ordered.get(i - 1).reference())) {
                throw new IllegalArgumentException("duplicate reference " + ordered.get(i).reference());
            }
        }
        return ordered;
    }

    private static void requireConsistent(List<Cell> cells) {
        Set<String> keys = new HashSet<>();
        Set<String> shapes = new HashSet<>();
        for (Cell c : cells) {
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("duplicate cell " + c.key());
            }
            shapes.add((ANY.equals(c.gender()) ? "*" : "g") + (ANY.equals(c.ageBand()) ? "*" : "a")
                    + (ANY.equals(c.quartier()) ? "*" : "q"));
        }
        if (shapes.size() > 1) {
            throw new IllegalArgumentException("cells must use the same dimensions");
        }
    }

    private static String anyIfBlank(String value) {
        return value == null || value.isBlank() ? ANY : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
