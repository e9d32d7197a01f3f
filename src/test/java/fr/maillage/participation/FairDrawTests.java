package fr.maillage.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The draw as published: the golden vectors below were computed by docs/verifier-tirage.py (Python,
 * hashlib only), and a second, deliberately naive re-implementation in this class (BigInteger
 * arithmetic, lists, no shared code) must agree with {@link FairDraw} on a larger pool with three
 * quota dimensions.
 */
class FairDrawTests {

    static final String PHRASE = "2026-11-22 Loto 4 12 25 33 41 chance 7";
    static final String[] AGES = {"16-25", "26-40", "41-60", "61+"};

    @Test
    void the_random_numbers_are_the_published_ones() {
        assertThat(HexFormat.of().formatHex(FairDraw.seed(PHRASE)))
                .isEqualTo("9d57362518bfde5f2349306d4492f42acaef95d65c0f813f8472d7ae6f85626d");
        SeededStream stream = new SeededStream(FairDraw.seed(PHRASE));
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            first.add(String.format("%016x", stream.nextLong()));
        }
        assertThat(first).containsExactly("58260ee01f8798f2", "338d75d73e8a93d4", "e5125989c002ea07", "39e428fced3cdc2b",
                "a9dde4545f125227");
        SeededStream again = new SeededStream(FairDraw.seed("  " + PHRASE + "\n"));
        assertThat(List.of(again.below(10), again.below(7), again.below(1000), again.below(3), again.below(2)))
                .containsExactly(4, 1, 223, 0, 1);
    }

    @Test
    void a_draw_with_gender_parity_gives_the_golden_result() {
        List<FairDraw.Candidate> pool = pool(40);
        FairDraw.Result result = FairDraw.draw(pool,
                List.of(new FairDraw.Cell("H", "*", "*", 3), new FairDraw.Cell("F", null, "", 3)), 1,
                "conseil citoyen de la Petite Hollande 2026");
        assertThat(result.poolDigest()).isEqualTo("8d74ce3fb8cf97b7a65c9dcd72db01c25b3b53184cdfb04f488c40a609f8069e");
        assertThat(result.cells().get(0).drawn()).containsExactly("V00021", "V00015", "V00025");
        assertThat(result.cells().get(0).substitutes()).containsExactly("V00037", "V00007", "V00003");
        assertThat(result.cells().get(1).drawn()).containsExactly("V00014", "V00026", "V00016");
        assertThat(result.cells().get(1).substitutes()).containsExactly("V00038", "V00010", "V00020");
    }

    @Test
    void the_same_seed_and_pool_give_the_same_result_whatever_the_order_of_the_list() {
        List<FairDraw.Candidate> pool = richPool(500);
        List<FairDraw.Cell> cells = threeDimensionCells();
        FairDraw.Result first = FairDraw.draw(pool, cells, 2, PHRASE);
        List<FairDraw.Candidate> shuffled = new ArrayList<>(pool);
        Collections.reverse(shuffled);
        List<FairDraw.Cell> reversedCells = new ArrayList<>(cells);
        Collections.reverse(reversedCells);
        assertThat(FairDraw.draw(shuffled, reversedCells, 2, PHRASE)).isEqualTo(first);
        assertThat(FairDraw.draw(pool, cells, 2, PHRASE + " ").drawn()).isEqualTo(first.drawn());
        assertThat(FairDraw.draw(pool, cells, 2, "une autre phrase").drawn()).isNotEqualTo(first.drawn());
    }

    @Test
    void an_independent_reimplementation_agrees_on_three_dimensions() {
        List<FairDraw.Candidate> pool = richPool(500);
        List<FairDraw.Cell> cells = threeDimensionCells();
        FairDraw.Result result = FairDraw.draw(pool, cells, 1, PHRASE);
        List<List<String>> expected = Naive.draw(PHRASE, pool, cells, 1);
        List<List<String>> actual = new ArrayList<>();
        for (FairDraw.CellResult c : result.cells()) {
            List<String> both = new ArrayList<>(c.drawn());
            both.addAll(c.substitutes());
            actual.add(both);
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(result.drawn()).hasSize(cells.stream().mapToInt(FairDraw.Cell::seats).sum()).doesNotHaveDuplicates();
    }

    @Test
    void quotas_the_pool_cannot_meet_are_named() {
        List<FairDraw.Candidate> pool = pool(40);
        List<FairDraw.Shortfall> missing = FairDraw.shortfalls(pool,
                List.of(new FairDraw.Cell("F", "16-25", "*", 6), new FairDraw.Cell("H", "16-25", "*", 2)));
        assertThat(missing).hasSize(1);
        assertThat(missing.get(0).cell().key()).isEqualTo("F;16-25;*");
        assertThat(missing.get(0).available()).isZero();
        assertThatThrownBy(() -> FairDraw.draw(pool, List.of(new FairDraw.Cell("F", "*", "*", 21)), 1, PHRASE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cells_must_not_overlap_or_mix_dimensions() {
        List<FairDraw.Candidate> pool = pool(40);
        assertThatThrownBy(() -> FairDraw.draw(pool,
                List.of(new FairDraw.Cell("F", "*", "*", 1), new FairDraw.Cell("*", "16-25", "*", 1)), 0, PHRASE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_published_texts_read_back_to_the_same_draw() {
        List<FairDraw.Candidate> pool = pool(60);
        List<FairDraw.Cell> cells = List.of(new FairDraw.Cell("F", "*", "*", 2), new FairDraw.Cell("H", "*", "*", 2));
        String list = FairDraw.anonymisedList(pool);
        assertThat(list).startsWith("reference;genre;tranche_age;quartier\nV00001;F;26-40;QN02501M\n");
        FairDraw.Result direct = FairDraw.draw(pool, cells, 1, PHRASE);
        FairDraw.Result reread = FairDraw.draw(FairDraw.parseList(list), FairDraw.parseCells(FairDraw.formatCells(cells)), 1,
                PHRASE);
        assertThat(reread).isEqualTo(direct);
        assertThat(direct.poolDigest()).isEqualTo(FairDraw.digest(list));
    }

    @Test
    void proposed_quotas_keep_parity_and_follow_the_pool() {
        List<FairDraw.Candidate> pool = richPool(400);
        List<FairDraw.Cell> cells = QuotaProposal.propose(pool, 13,
                new DrawCitizenCouncil.Dimensions(true, true, false), List.of("QN02501M", "QN02502M"));
        assertThat(cells).hasSize(8);
        int women = cells.stream().filter(c -> c.gender().equals("F")).mapToInt(FairDraw.Cell::seats).sum();
        int men = cells.stream().filter(c -> c.gender().equals("H")).mapToInt(FairDraw.Cell::seats).sum();
        assertThat(women + men).isEqualTo(13);
        assertThat(Math.abs(women - men)).isEqualTo(1);
        assertThat(FairDraw.shortfalls(pool, cells)).isEmpty();
    }

    /** V00001..Vn: odd numbers women, ages cycling, two quartiers (every third in the second). */
    static List<FairDraw.Candidate> pool(int size) {
        List<FairDraw.Candidate> pool = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            pool.add(new FairDraw.Candidate(String.format("V%05d", i), i % 2 == 1 ? "F" : "H", AGES[i % 4],
                    i % 3 == 0 ? "QN02502M" : "QN02501M"));
        }
        return pool;
    }

    /** Every combination of gender, age band and quartier: they change every 1, 2 and 8 numbers. */
    static List<FairDraw.Candidate> richPool(int size) {
        List<FairDraw.Candidate> pool = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            pool.add(new FairDraw.Candidate(String.format("V%05d", i), i % 2 == 1 ? "F" : "H", AGES[(i / 2) % 4],
                    (i / 8) % 2 == 0 ? "QN02501M" : "QN02502M"));
        }
        return pool;
    }

    private static List<FairDraw.Cell> threeDimensionCells() {
        List<FairDraw.Cell> cells = new ArrayList<>();
        for (String g : List.of("F", "H")) {
            for (String a : AGES) {
                for (String q : List.of("QN02501M", "QN02502M")) {
                    cells.add(new FairDraw.Cell(g, a, q, 1));
                }
            }
        }
        return cells;
    }

    /** The method as the public page words it, written again without FairDraw or SeededStream. */
    static final class Naive {

        private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

        static List<List<String>> draw(String phrase, List<FairDraw.Candidate> pool, List<FairDraw.Cell> cells,
                int substitutesPerSeat) {
            byte[] seed = sha256(phrase.strip().getBytes(StandardCharsets.UTF_8));
            List<BigInteger> numbers = new ArrayList<>();
            long[] counter = {0};
            List<FairDraw.Candidate> sortedPool = new ArrayList<>(pool);
            sortedPool.sort((a, b) -> a.reference().compareTo(b.reference()));
            List<FairDraw.Cell> sortedCells = new ArrayList<>(cells);
            sortedCells.sort((a, b) -> (a.gender() + "|" + a.ageBand() + "|" + a.quartier())
                    .compareTo(b.gender() + "|" + b.ageBand() + "|" + b.quartier()));
            List<List<String>> result = new ArrayList<>();
            for (FairDraw.Cell cell : sortedCells) {
                List<String> names = new ArrayList<>();
                for (FairDraw.Candidate c : sortedPool) {
                    if ((cell.gender().equals("*") || cell.gender().equals(c.gender()))
                            && (cell.ageBand().equals("*") || cell.ageBand().equals(c.ageBand()))
                            && (cell.quartier().equals("*") || cell.quartier().equals(c.quartier()))) {
                        names.add(c.reference());
                    }
                }
                for (int i = names.size() - 1; i >= 1; i--) {
                    BigInteger n = BigInteger.valueOf(i + 1);
                    BigInteger limit = TWO_64.subtract(TWO_64.mod(n));
                    BigInteger x;
                    do {
                        if (numbers.isEmpty()) {
                            byte[] input = new byte[40];
                            System.arraycopy(seed, 0, input, 0, 32);
                            byte[] count = BigInteger.valueOf(counter[0]++).toByteArray();
                            System.arraycopy(count, 0, input, 40 - count.length, count.length);
                            byte[] block = sha256(input);
                            for (int k = 0; k < 4; k++) {
                                byte[] part = new byte[9];
                                System.arraycopy(block, k * 8, part, 1, 8);
                                numbers.add(new BigInteger(part));
                            }
                        }
                        x = numbers.remove(0);
                    } while (x.compareTo(limit) >= 0);
                    int j = x.mod(n).intValue();
                    Collections.swap(names, i, j);
                }
                int keep = Math.min(names.size(), cell.seats() + cell.seats() * substitutesPerSeat);
                result.add(new ArrayList<>(names.subList(0, keep)));
            }
            return result;
        }

        private static byte[] sha256(byte[] input) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(input);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
