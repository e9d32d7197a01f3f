package fr.maillage.funding;

import java.math.BigDecimal;

/**
 * Sums of a group of funding lines: asked, proposed by the COTECH, granted, paid.
 *
 * @param key what the lines are grouped by (an axis label, a funder, a carrier id, a QPV code, a
 *            year), as text; null for "none"
 */
public record FundingTotals(String key, Funder funder, BigDecimal requested, BigDecimal proposed, BigDecimal granted,
        BigDecimal paid, long count) {

    public FundingTotals {
        requested = Money.of(requested);
        proposed = Money.of(proposed);
        granted = Money.of(granted);
        paid = Money.of(paid);
    }

    public static FundingTotals zero(String key, Funder funder) {
        return new FundingTotals(key, funder, null, null, null, null, 0);
    }

    public FundingTotals plus(FundingTotals other) {
        return new FundingTotals(key, funder, requested.add(other.requested), proposed.add(other.proposed),
                granted.add(other.granted), paid.add(other.paid), count + other.count);
    }
}
