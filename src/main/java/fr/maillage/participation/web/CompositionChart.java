package fr.maillage.participation.web;

import fr.maillage.participation.Composition;
import fr.maillage.participation.Council;
import fr.maillage.shared.chart.Chart;
import fr.maillage.shared.chart.ChartKind;
import fr.maillage.shared.chart.ChartSeries;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A council's composition as a grouped bar chart (members and target per category), with the data
 * table the shared chart fragment renders under it.
 */
@Component
class CompositionChart {

    private final ParticipationViews views;

    CompositionChart(ParticipationViews views) {
        this.views = views;
    }

    Chart of(Council council, Composition composition) {
        List<Composition.Row> rows = composition.rows();
        List<String> categories = rows.stream()
                .map(r -> views.text("participation.composition.dimension." + r.dimension()) + " : " + r.label()).toList();
        List<BigDecimal> actual = rows.stream().map(r -> BigDecimal.valueOf(r.actual())).toList();
        List<BigDecimal> target = rows.stream().map(r -> r.target() == null ? null : BigDecimal.valueOf(r.target())).toList();
        return new Chart("composition-" + council.getId(),
                views.text("participation.composition.chart.title", council.getName()),
                views.text("participation.composition.chart.description"), ChartKind.GROUPED_BAR, categories,
                List.of(new ChartSeries(views.text("participation.composition.chart.actual"), actual),
                        new ChartSeries(views.text("participation.composition.chart.target"), target)),
                null);
    }
}
