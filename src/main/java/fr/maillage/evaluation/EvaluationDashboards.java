package fr.maillage.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the dashboards of a workspace, an objective and an action: one card per indicator, with
 * one query for all the official values of the cards' indicators.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationDashboards {

    /** How many periods a card shows at most (the latest ones). */
    static final int MAX_PERIODS = 8;

    private final Indicators indicators;
    private final Measurements measurements;
    private final ProgrammeView programme;

    EvaluationDashboards(Indicators indicators, Measurements measurements, ProgrammeView programme) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.programme = programme;
    }

    /** The workspace-level indicators. */
    public List<IndicatorCard> workspace(Long workspaceId) {
        return cards(workspaceId, indicators.findByWorkspaceIdAndLevelOrderByNameAsc(workspaceId, IndicatorLevel.WORKSPACE));
    }

    /** The objective's indicators, then those of the actions hanging on it. */
    public List<IndicatorCard> objective(Long workspaceId, Long objectiveId) {
        List<Indicator> list = new ArrayList<>(indicators.findByWorkspaceIdAndObjectiveIdOrderByNameAsc(workspaceId, objectiveId));
        List<Long> actions = programme.actions(workspaceId).stream()
                .filter(a -> a.objectiveIds() != null && a.objectiveIds().contains(objectiveId))
                .map(ProgrammeView.ActionRef::id).toList();
        list.addAll(indicators.findByWorkspaceIdAndActionIdInOrderByNameAsc(workspaceId, actions.isEmpty() ? List.of(-1L) : actions));
        return cards(workspaceId, list);
    }

    public List<IndicatorCard> action(Long workspaceId, Long actionId) {
        return cards(workspaceId, indicators.findByWorkspaceIdAndActionIdInOrderByNameAsc(workspaceId, List.of(actionId)));
    }

    /**
     * The workspace's and objectives' indicators, the annual review's evaluation section (the
     * actions' own indicators belong to their dashboards).
     */
    public List<IndicatorCard> strategic(Long workspaceId) {
        return cards(workspaceId, indicators.findByWorkspaceIdOrderByNameAsc(workspaceId).stream()
                .filter(i -> i.getLevel() != IndicatorLevel.ACTION).toList());
    }

    /** One indicator's card. */
    public IndicatorCard card(Indicator indicator) {
        return cards(indicator.getWorkspaceId(), List.of(indicator)).get(0);
    }

    List<IndicatorCard> cards(Long workspaceId, List<Indicator> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Measurement>> byIndicator = measurements
                .officialOf(workspaceId, list.stream().map(Indicator::getId).toList()).stream()
                .collect(Collectors.groupingBy(Measurement::getIndicatorId));
        return list.stream().map(i -> card(i, byIndicator.getOrDefault(i.getId(), List.of()))).toList();
    }

    static IndicatorCard card(Indicator indicator, List<Measurement> values) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        values.stream().filter(m -> m.getBreakdown().isTotal()).forEach(m -> totals.put(m.getPeriod(), m.getValue()));
        TreeSet<String> periods = new TreeSet<>(totals.keySet());
        periods.addAll(indicator.getTargets().keySet());
        List<String> shown = new ArrayList<>(periods);
        if (shown.size() > MAX_PERIODS) {
            shown = shown.subList(shown.size() - MAX_PERIODS, shown.size());
        }
        String latest = totals.isEmpty() ? null : ((TreeMap<String, BigDecimal>) totals).lastKey();
        Map<Disaggregation, Map<String, BigDecimal>> splits = new EnumMap<>(Disaggregation.class);
        if (latest != null) {
            for (Measurement m : values) {
                if (m.getPeriod().equals(latest) && !m.getBreakdown().isTotal()) {
                    splits.computeIfAbsent(m.getBreakdown().disaggregation(), d -> new TreeMap<>())
                            .put(m.getBreakdown().category(), m.getValue());
                }
            }
        }
        Map<String, BigDecimal> targets = new HashMap<>(indicator.getTargets());
        return new IndicatorCard(indicator, List.copyOf(shown), shown.stream().map(totals::get).toList(),
                shown.stream().map(targets::get).toList(), latest, latest == null ? null : totals.get(latest),
                latest == null ? null : targets.get(latest), splits);
    }
}
