package fr.maillage.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Values outside the indicator's plausible bounds, entered without confirmation: nothing was saved,
 * the user is asked to confirm them (or correct them).
 */
public class ImplausibleValuesException extends RuntimeException {

    private final transient Map<Breakdown, BigDecimal> values;

    public ImplausibleValuesException(Map<Breakdown, BigDecimal> values) {
        super("implausible values " + values);
        this.values = Map.copyOf(values);
    }

    public Map<Breakdown, BigDecimal> values() {
        return values;
    }
}
