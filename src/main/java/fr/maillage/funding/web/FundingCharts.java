package fr.maillage.funding.web;

import fr.maillage.funding.FundingTotals;
import fr.maillage.shared.Flash;
import fr.maillage.shared.chart.Chart;
import fr.maillage.shared.chart.ChartKind;
import fr.maillage.shared.chart.ChartSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** The dashboard's charts, built from the same figures as its tables. */
@Component
class FundingCharts {

    private final Flash messages;

    FundingCharts(Flash messages) {
        this.messages = messages;
    }

    List<Chart> dashboard(int year, List<FundingTotals> byFunder, List<FundingTotals> byYear) {
        List<Chart> charts = new ArrayList<>();
        if (!byFunder.isEmpty()) {
            charts.add(new Chart("financeurs-" + year, messages.text("funding.chart.byFunder.title", String.valueOf(year)),
                    messages.text("funding.chart.byFunder.description"), ChartKind.GROUPED_BAR,
                    byFunder.stream().map(t -> t.funder().getLabel()).toList(), series(byFunder), "€"));
        }
        if (byYear.size() > 1) {
            charts.add(new Chart("annees", messages.text("funding.chart.byYear.title"),
                    messages.text("funding.chart.byYear.description"), ChartKind.LINE,
                    byYear.stream().map(FundingTotals::key).toList(), series(byYear), "€"));
        }
        return charts;
    }

    private List<ChartSeries> series(List<FundingTotals> rows) {
        return List.of(series("funding.line.requested", rows, FundingTotals::requested),
                series("funding.line.granted", rows, FundingTotals::granted),
                series("funding.line.paid", rows, FundingTotals::paid));
    }

    private ChartSeries series(String key, List<FundingTotals> rows, Function<FundingTotals, BigDecimal> value) {
        return new ChartSeries(messages.text(key), rows.stream().map(value).toList());
    }
}
