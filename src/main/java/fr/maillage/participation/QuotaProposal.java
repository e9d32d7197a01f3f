package fr.maillage.participation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Proposes quota cells for a draw from the pool's make-up; the user may change the seats before
 * drawing. Pure, for the tests and the bench.
 */
final class QuotaProposal {

    private QuotaProposal() {
    }

    static List<FairDraw.Cell> propose(List<FairDraw.Candidate> pool, int seats, DrawCitizenCouncil.Dimensions dims,
            List<String> quartiers) {
        List<String> genders = dims.gender() ? List.of(Gender.FEMME.code(), Gender.HOMME.code()) : List.of(FairDraw.ANY);
        List<String> ages = dims.ageBand() ? java.util.Arrays.stream(AgeBand.values()).map(AgeBand::code).toList()
                : List.of(FairDraw.ANY);
        List<String> places = dims.quartier() ? quartiers.stream().sorted().toList() : List.of(FairDraw.ANY);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<FairDraw.Cell> shapes = new ArrayList<>();
        for (String g : genders) {
            for (String a : ages) {
                for (String q : places) {
                    FairDraw.Cell cell = new FairDraw.Cell(g, a, q, 0);
                    shapes.add(cell);
                    counts.put(cell.key(), (int) pool.stream().filter(cell::accepts).count());
                }
            }
        }
        Map<String, Integer> allocation = new LinkedHashMap<>();
        if (dims.gender()) {
            int women = sum(counts, shapes, Gender.FEMME.code());
            int men = sum(counts, shapes, Gender.HOMME.code());
            int half = seats / 2;
            int forWomen = seats % 2 == 0 ? half : women >= men ? half + 1 : half;
            allocation.putAll(apportion(of(shapes, Gender.FEMME.code()), counts, forWomen));
            allocation.putAll(apportion(of(shapes, Gender.HOMME.code()), counts, seats - forWomen));
        } else {
            allocation.putAll(apportion(shapes, counts, seats));
        }
        return FairDraw.sorted(shapes.stream()
                .map(c -> new FairDraw.Cell(c.gender(), c.ageBand(), c.quartier(), allocation.getOrDefault(c.key(), 0)))
                .toList());
    }

    /** Largest remainder: floor of each proportional share, then one more seat to the largest remainders. */
    static Map<String, Integer> apportion(List<FairDraw.Cell> cells, Map<String, Integer> counts, int seats) {
        Map<String, Integer> result = new LinkedHashMap<>();
        long total = cells.stream().mapToLong(c -> counts.get(c.key())).sum();
        if (cells.isEmpty()) {
            return result;
        }
        if (total == 0) {
            for (int i = 0; i < cells.size(); i++) {
                result.put(cells.get(i).key(), seats / cells.size() + (i < seats % cells.size() ? 1 : 0));
            }
            return result;
        }
        int given = 0;
        List<Object[]> remainders = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String key = cells.get(i).key();
            BigInteger product = BigInteger.valueOf((long) seats * counts.get(key));
            BigInteger[] division = product.divideAndRemainder(BigInteger.valueOf(total));
            result.put(key, division[0].intValue());
            given += division[0].intValue();
            remainders.add(new Object[] {key, division[1].longValue(), i});
        }
        remainders.sort(Comparator.<Object[]>comparingLong(r -> -(Long) r[1]).thenComparingInt(r -> (Integer) r[2]));
        for (int i = 0; i < seats - given; i++) {
            String key = (String) remainders.get(i % remainders.size())[0];
            result.put(key, result.get(key) + 1);
        }
        return result;
    }

    private static List<FairDraw.Cell> of(List<FairDraw.Cell> cells, String gender) {
        return cells.stream().filter(c -> c.gender().equals(gender)).toList();
    }

    private static int sum(Map<String, Integer> counts, List<FairDraw.Cell> cells, String gender) {
        return of(cells, gender).stream().mapToInt(c -> counts.get(c.key())).sum();
    }
}
