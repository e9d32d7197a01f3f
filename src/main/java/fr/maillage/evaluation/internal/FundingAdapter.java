package fr.maillage.evaluation.internal;

import fr.maillage.evaluation.FundingView;
import fr.maillage.funding.Allocation;
import fr.maillage.funding.AllocationKind;
import fr.maillage.funding.Envelope;
import fr.maillage.funding.EnvelopeManagement;
import fr.maillage.funding.FundingDashboard;
import fr.maillage.funding.FundingTotals;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The funding as the annual review reads it: each envelope of the year, what was split, what the
 * funder paid on the workspace's funding lines, and the communes' matching share of the split.
 */
@Component
class FundingAdapter implements FundingView {

    private final EnvelopeManagement envelopes;
    private final FundingDashboard dashboard;

    FundingAdapter(EnvelopeManagement envelopes, FundingDashboard dashboard) {
        this.envelopes = envelopes;
        this.dashboard = dashboard;
    }

    @Override
    public Optional<List<EnvelopeYear>> envelopes(Long workspaceId, int year) {
        List<FundingTotals> byFunder = dashboard.byFunder(workspaceId, year);
        List<EnvelopeYear> list = new ArrayList<>();
        for (Envelope envelope : envelopes.envelopes(workspaceId)) {
            if (envelope.getYear() != year) {
                continue;
            }
            BigDecimal communeShare = envelopes.allocations(envelope.getId()).stream()
                    .filter(a -> a.getKind() == AllocationKind.COMMUNE).map(Allocation::getMatchingShare)
                    .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paid = byFunder.stream().filter(t -> t.funder() == envelope.getFunder())
                    .map(FundingTotals::paid).reduce(BigDecimal.ZERO, BigDecimal::add);
            list.add(new EnvelopeYear(envelope.getFunder().getLabel(), envelope.title(), envelope.getAmount(),
                    envelopes.allocated(envelope), paid, communeShare));
        }
        return Optional.of(list);
    }
}
