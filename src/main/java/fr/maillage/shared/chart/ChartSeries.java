package fr.maillage.shared.chart;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/**
 * A named series of values, one per category of its chart; a {@code null} value means "no data"
 * (drawn as a gap, shown as a dash in the table).
 */
public record ChartSeries(String name, List<BigDecimal> values) {

    public ChartSeries {
        values = Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
}
