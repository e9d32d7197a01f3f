package fr.maillage.evaluation.web;

import fr.maillage.evaluation.Disaggregation;
import fr.maillage.evaluation.EvaluationDashboards;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.IndicatorCard;
import fr.maillage.evaluation.IndicatorSummaries;
import fr.maillage.evaluation.RegionalView;
import fr.maillage.evaluation.Unit;
import fr.maillage.shared.chart.Chart;
import fr.maillage.shared.chart.ChartKind;
import fr.maillage.shared.chart.ChartSeries;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns dashboard cards into what pages and PDF show: the French summary sentence and the charts
 * (values against targets and baseline over time; the latest period by QPV, by sex, by age band),
 * each rendered by the shared SVG charts with its data table.
 */
@Component
class IndicatorCharts {

    /** A card with its sentence and its charts. */
    record CardView(IndicatorCard card, String summary, List<Chart> charts) {
    }

    private final EvaluationDashboards dashboards;
    private final IndicatorSummaries summaries;
    private final EvaluationViews views;

    IndicatorCharts(EvaluationDashboards dashboards, IndicatorSummaries summaries, EvaluationViews views) {
        this.dashboards = dashboards;
        this.summaries = summaries;
        this.views = views;
    }

    CardView card(Indicator indicator) {
        return view(dashboards.card(indicator));
    }

    List<CardView> views(List<IndicatorCard> cards) {
        return cards.stream().map(this::view).toList();
    }

    CardView view(IndicatorCard card) {
        return new CardView(card, summaries.summary(card), charts(card));
    }

    private List<Chart> charts(IndicatorCard card) {
        Indicator indicator = card.indicator();
        List<Chart> charts = new ArrayList<>();
        if (card.periods().isEmpty()) {
            return charts;
        }
        String unit = unit(indicator.getUnit());
        List<ChartSeries> series = new ArrayList<>();
        series.add(new ChartSeries(views.text("evaluation.card.value"), card.values()));
        if (card.targets().stream().anyMatch(t -> t != null)) {
            series.add(new ChartSeries(views.text("evaluation.card.target"), card.targets()));
        }
        if (indicator.getBaselineValue() != null) {
            series.add(new ChartSeries(views.text("evaluation.chart.baseline", indicator.getBaselineDate().getYear()),
                    Collections.nCopies(card.periods().size(), indicator.getBaselineValue())));
        }
        String base = "indicateur-" + indicator.getId();
        charts.add(new Chart(base + "-evolution", views.text("evaluation.chart.evolution", indicator.getName()),
                summaries.summary(card), series.size() > 1 || card.periods().size() > 1 ? ChartKind.LINE : ChartKind.BAR,
                card.periods(), series, unit));
        for (Map.Entry<Disaggregation, Map<String, BigDecimal>> split : card.splits().entrySet()) {
            List<String> categories = split.getValue().keySet().stream().map(c -> category(split.getKey(), c)).toList();
            charts.add(new Chart(base + "-" + split.getKey().name().toLowerCase(java.util.Locale.ROOT),
                    views.text("evaluation.chart.split", indicator.getName(),
                            views.text("evaluation.disaggregation." + split.getKey()), card.latestPeriod()),
                    views.text("evaluation.chart.split.description", card.latestPeriod()), ChartKind.BAR, categories,
                    List.of(new ChartSeries(card.latestPeriod(), List.copyOf(split.getValue().values()))), unit));
        }
        return charts;
    }

    /** The regional comparison: one chart per indicator, the mean over the sharing workspaces by year. */
    List<Chart> regional(RegionalView.Comparison comparison) {
        List<Chart> charts = new ArrayList<>();
        List<String> years = comparison.years().stream().map(String::valueOf).toList();
        for (RegionalView.Line line : comparison.lines()) {
            List<BigDecimal> means = line.years().stream().map(a -> a == null ? null : a.mean()).toList();
            charts.add(new Chart("regional-" + line.entry().code(),
                    views.text("evaluation.chart.regional", line.entry().name()),
                    views.text("evaluation.chart.regional.description"), ChartKind.LINE, years,
                    List.of(new ChartSeries(views.text("evaluation.chart.mean"), means)), unit(line.entry().unit())));
        }
        return charts;
    }

    private String category(Disaggregation d, String code) {
        return switch (d) {
            case SEXE -> views.text("evaluation.sex." + code);
            case AGE -> views.text("evaluation.age", code);
            case QPV -> code;
        };
    }

    private String unit(Unit unit) {
        String symbol = views.text("evaluation.unit.symbol." + unit);
        return symbol.isBlank() ? null : symbol;
    }
}
