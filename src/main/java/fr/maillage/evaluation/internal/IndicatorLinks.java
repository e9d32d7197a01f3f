package fr.maillage.evaluation.internal;

import fr.maillage.evaluation.EvaluationManagement;
import fr.maillage.evaluation.Indicator;
import fr.maillage.shared.LinkedObject;
import fr.maillage.shared.LinkedObjectProvider;
import fr.maillage.shared.NotFoundException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Lets other modules (a meeting's agenda item) link to a workspace's indicators.
 */
@Component
class IndicatorLinks implements LinkedObjectProvider {

    private final EvaluationManagement evaluation;

    IndicatorLinks(EvaluationManagement evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public String type() {
        return "indicator";
    }

    @Override
    public String labelKey() {
        return "evaluation.linked.indicator";
    }

    @Override
    public List<LinkedObject> search(Long workspaceId, String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return evaluation.allIndicators(workspaceId).stream()
                .filter(i -> q.isEmpty() || i.getName().toLowerCase(Locale.ROOT).contains(q))
                .limit(Math.max(limit, 0)).map(IndicatorLinks::link).toList();
    }

    @Override
    public Optional<LinkedObject> find(Long workspaceId, Long id) {
        try {
            return Optional.of(link(evaluation.indicator(workspaceId, id)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static LinkedObject link(Indicator i) {
        return new LinkedObject("indicator", i.getId(), i.getName(),
                "/espaces/" + i.getWorkspaceId() + "/evaluation/indicateurs/" + i.getId());
    }
}
