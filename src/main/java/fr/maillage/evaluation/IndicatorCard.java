package fr.maillage.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * What a dashboard shows of one indicator: its official totals over the periods, the targets of
 * those periods, the baseline, and the split of the latest period by each disaggregation.
 *
 * @param periods      the periods shown, oldest first
 * @param values       total value per period (null where none was measured)
 * @param targets      target per period (null where none was set)
 * @param latestPeriod the last period with a value, or null when nothing was measured
 * @param splits       for the latest period: per disaggregation, value per category
 */
public record IndicatorCard(Indicator indicator, List<String> periods, List<BigDecimal> values,
        List<BigDecimal> targets, String latestPeriod, BigDecimal latestValue, BigDecimal latestTarget,
        Map<Disaggregation, Map<String, BigDecimal>> splits) {

    /** The latest value as a percentage of its target, rounded, or null. */
    public Integer percentOfTarget() {
        if (latestValue == null || latestTarget == null || latestTarget.signum() == 0) {
            return null;
        }
        return latestValue.multiply(BigDecimal.valueOf(100)).divide(latestTarget, 0, RoundingMode.HALF_UP).intValue();
    }

    /** The change of the latest value since the baseline, in percent, rounded, or null. */
    public Integer changeSinceBaseline() {
        BigDecimal baseline = indicator.getBaselineValue();
        if (latestValue == null || baseline == null || baseline.signum() == 0) {
            return null;
        }
        return latestValue.subtract(baseline).multiply(BigDecimal.valueOf(100))
                .divide(baseline.abs(), 0, RoundingMode.HALF_UP).intValue();
    }

    /** Whether the latest value reached its target, the indicator's direction considered; null if unknown. */
    public Boolean targetReached() {
        if (latestValue == null || latestTarget == null) {
            return null;
        }
        int cmp = latestValue.compareTo(latestTarget);
        return indicator.getDirection() == Direction.HIGHER_IS_BETTER ? cmp >= 0 : cmp <= 0;
    }

    public boolean hasValues() {
        return latestPeriod != null;
    }
}
