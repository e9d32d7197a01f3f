package fr.maillage.shared.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart and its data: rendered as SVG by {@link SvgCharts} and as a data table by the fragment
 * {@code fragments/chart :: chart(chart)}.
 *
 * @param id unique in the page (letters, digits, dashes): prefixes the SVG's ids
 * @param title what the chart shows (the figure's caption, the SVG's title)
 * @param description a sentence for screen readers summarising what the chart says
 * @param kind how to draw it
 * @param categories the x axis (periods, funders, QPV...)
 * @param series one or more series, each with one value per category
 * @param unit unit of the values shown after numbers, e.g. "€", "%", or {@code null}
 */
public record Chart(String id, String title, String description, ChartKind kind, List<String> categories,
        List<ChartSeries> series, String unit) {

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (ChartSeries s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("Series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** The accessible SVG of this chart. */
    public String svg() {
        return SvgCharts.draw(this);
    }

    /** A value as the table shows it: French digits, the unit, a dash for no data. */
    public String format(BigDecimal value) {
        return SvgCharts.number(value, unit);
    }

    /** The value of a series at a category index, for the data table. */
    public BigDecimal value(int seriesIndex, int categoryIndex) {
        return series.get(seriesIndex).values().get(categoryIndex);
    }

    public boolean isEmpty() {
        return categories.isEmpty() || series.stream().allMatch(s -> s.values().stream().allMatch(v -> v == null));
    }
}
