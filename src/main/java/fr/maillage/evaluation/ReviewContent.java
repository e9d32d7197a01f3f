package fr.maillage.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An annual review as shown and exported: the stored narrative and validation, plus the figures
 * assembled from governance, programme, funding and evaluation at the time of reading. A section
 * whose module gives nothing says so ({@code Optional.empty()}).
 *
 * @param deployment per objective label, number of actions per status label
 */
public record ReviewContent(String workspaceName, String workspaceType, AnnualReview review,
        List<ReviewValidator> validators, Optional<List<GovernanceView.BodyYear>> governance,
        Optional<Map<String, Map<String, Long>>> deployment, List<String> statuses,
        Optional<List<FundingView.EnvelopeYear>> finance, List<IndicatorCard> evaluation) {

    public int meetingsHeld() {
        return governance.map(list -> list.stream().mapToInt(b -> b.meetings().size()).sum()).orElse(0);
    }

    public long actionCount(String objective) {
        return deployment.map(d -> d.getOrDefault(objective, Map.of()).values().stream().mapToLong(Long::longValue).sum())
                .orElse(0L);
    }
}
