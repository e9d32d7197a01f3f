package fr.maillage.funding.web;

import fr.maillage.funding.FundingTotals;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The dashboard's charts. Until the shared SVG chart renderer lands, the dashboard shows its data
 * tables only; this is where the charts are built from the same figures.
 */
@Component
class FundingCharts {

    List<Object> dashboard(int year, List<FundingTotals> byFunder, List<FundingTotals> byYear) {
        return List.of();
    }
}
