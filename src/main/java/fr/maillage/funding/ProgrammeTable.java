package fr.maillage.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The COPIL programme table of a year: the applications grouped by axis, with per funder the amount
 * proposed (asked when the COTECH proposed nothing), subtotals per axis and the grand total.
 *
 * @param funders the funders that appear in the year, in column order
 */
public record ProgrammeTable(int year, List<Funder> funders, List<Group> groups, Totals total) {

    /** One axis and its applications. */
    public record Group(String axis, List<Row> rows, Totals subtotal) {
    }

    /** One application: reference, carrier, title, requested total and per-funder amounts. */
    public record Row(String reference, String carrier, String title, BigDecimal cost, Map<Funder, BigDecimal> amounts,
            BigDecimal requested, BigDecimal proposed) {

        public BigDecimal amount(Funder funder) {
            return amounts.get(funder);
        }
    }

    /** Sums per funder, requested and proposed. */
    public record Totals(Map<Funder, BigDecimal> amounts, BigDecimal cost, BigDecimal requested, BigDecimal proposed) {

        static Totals of(List<Row> rows) {
            Map<Funder, BigDecimal> sums = new EnumMap<>(Funder.class);
            BigDecimal cost = Money.of((BigDecimal) null);
            BigDecimal requested = cost;
            BigDecimal proposed = cost;
            for (Row row : rows) {
                row.amounts().forEach((funder, amount) -> sums.merge(funder, amount, BigDecimal::add));
                cost = cost.add(row.cost());
                requested = requested.add(row.requested());
                proposed = proposed.add(row.proposed());
            }
            return new Totals(sums, cost, requested, proposed);
        }

        public BigDecimal amount(Funder funder) {
            return amounts.getOrDefault(funder, Money.of((BigDecimal) null));
        }
    }

    static ProgrammeTable of(int year, List<Funder> funders, Map<String, List<Row>> byAxis) {
        List<Group> groups = new ArrayList<>();
        List<Row> all = new ArrayList<>();
        byAxis.forEach((axis, rows) -> {
            groups.add(new Group(axis, rows, Totals.of(rows)));
            all.addAll(rows);
        });
        return new ProgrammeTable(year, funders, groups, Totals.of(all));
    }

    public int size() {
        return groups.stream().mapToInt(g -> g.rows().size()).sum();
    }
}
