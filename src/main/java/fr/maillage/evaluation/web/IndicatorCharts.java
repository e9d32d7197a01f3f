package fr.maillage.evaluation.web;

import fr.maillage.evaluation.EvaluationDashboards;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.IndicatorCard;
import fr.maillage.evaluation.IndicatorSummaries;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns dashboard cards into what pages and PDF show: the French summary sentence and the charts.
 */
@Component
class IndicatorCharts {

    /** A card with its sentence and its charts. */
    record CardView(IndicatorCard card, String summary, List<Object> charts) {
    }

    private final EvaluationDashboards dashboards;
    private final IndicatorSummaries summaries;

    IndicatorCharts(EvaluationDashboards dashboards, IndicatorSummaries summaries) {
        this.dashboards = dashboards;
        this.summaries = summaries;
    }

    CardView card(Indicator indicator) {
        return view(dashboards.card(indicator));
    }

    List<CardView> views(List<IndicatorCard> cards) {
        return cards.stream().map(this::view).toList();
    }

    List<Object> regional(fr.maillage.evaluation.RegionalView.Comparison comparison) {
        return List.of();
    }

    CardView view(IndicatorCard card) {
        return new CardView(card, summaries.summary(card), List.of());
    }
}
