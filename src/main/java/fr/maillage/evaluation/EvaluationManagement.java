package fr.maillage.evaluation;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.search.SearchableRemoved;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of indicators and their values: define, add from a library, enter values (questioned
 * when outside the plausible bounds), correct and delete them. Every method names the workspace,
 * and a record of another workspace is "not found".
 */
@Service
@Transactional
public class EvaluationManagement {

    private final Indicators indicators;
    private final Measurements measurements;
    private final WorkspaceManagement workspaces;
    private final ApplicationEventPublisher events;

    EvaluationManagement(Indicators indicators, Measurements measurements, WorkspaceManagement workspaces,
            ApplicationEventPublisher events) {
        this.indicators = indicators;
        this.measurements = measurements;
        this.workspaces = workspaces;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<Indicator> indicators(Long workspaceId, Pageable pageable) {
        Page<Indicator> page = indicators.findByWorkspaceIdOrderByLevelAscNameAsc(workspaceId, pageable);
        // Callers (the API) read the targets after the transaction: load them now, a batch at a time.
        page.forEach(Indicator::getTargets);
        return page;
    }

    @Transactional(readOnly = true)
    public List<Indicator> allIndicators(Long workspaceId) {
        List<Indicator> list = indicators.findByWorkspaceIdOrderByNameAsc(workspaceId);
        list.forEach(Indicator::getTargets);
        return list;
    }

    @Transactional(readOnly = true)
    public Indicator indicator(Long workspaceId, Long id) {
        Indicator indicator = indicators.findByIdAndWorkspaceId(id, workspaceId)
                .orElseThrow(() -> new NotFoundException("indicator " + id));
        indicator.getTargets();
        return indicator;
    }

    /** Indicators of these actions (a campaign asks for them). */
    @Transactional(readOnly = true)
    public List<Indicator> indicatorsOfActions(Long workspaceId, Collection<Long> actionIds) {
        return actionIds.isEmpty() ? List.of() : indicators.findByWorkspaceIdAndActionIdInOrderByNameAsc(workspaceId, actionIds);
    }

    public Indicator createIndicator(Long workspaceId, IndicatorDetails details) {
        Indicator indicator = indicators.save(new Indicator(workspaceId, details));
        announce(indicator);
        return indicator;
    }

    public Indicator updateIndicator(Long workspaceId, Long id, long expectedVersion, IndicatorDetails details) {
        Indicator indicator = indicator(workspaceId, id);
        if (indicator.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Indicator.class, id);
        }
        indicator.describe(details);
        announce(indicator);
        return indicator;
    }

    /** Deletes an indicator that has no value yet: values are evidence and are never lost silently. */
    public void deleteIndicator(Long workspaceId, Long id) {
        Indicator indicator = indicator(workspaceId, id);
        if (measurements.countByIndicatorId(id) > 0) {
            throw new BusinessRuleException("evaluation.indicator.delete.hasValues", indicator.getName());
        }
        indicators.delete(indicator);
        events.publishEvent(new SearchableRemoved("indicator", id));
    }

    /** Adds the library's indicators of these codes the workspace doesn't have yet; returns how many were added. */
    public int addFromLibrary(Long workspaceId, Collection<String> codes) {
        Workspace workspace = workspaces.get(workspaceId);
        int added = 0;
        for (IndicatorLibrary.Entry entry : IndicatorLibrary.of(workspace.getType())) {
            if (codes.contains(entry.code()) && !indicators.existsByWorkspaceIdAndCode(workspaceId, entry.code())) {
                createIndicator(workspaceId, entry.details());
                added++;
            }
        }
        return added;
    }

    /** The codes of the library already added to the workspace. */
    @Transactional(readOnly = true)
    public List<String> libraryCodesIn(Long workspaceId) {
        return indicators.findByWorkspaceIdOrderByNameAsc(workspaceId).stream().map(Indicator::getCode)
                .filter(c -> c != null).toList();
    }

    @Transactional(readOnly = true)
    public Page<Measurement> values(Long workspaceId, Long indicatorId, Pageable pageable) {
        indicator(workspaceId, indicatorId);
        return measurements.officialOf(indicatorId, pageable);
    }

    @Transactional(readOnly = true)
    public Measurement measurement(Long workspaceId, Long id) {
        return measurements.findByIdAndWorkspaceId(id, workspaceId).filter(Measurement::isOfficial)
                .orElseThrow(() -> new NotFoundException("measurement " + id));
    }

    /**
     * Records the official values of one period, replacing those already there for the same parts.
     *
     * @param values    value per part (the total, categories of the indicator's disaggregations)
     * @param confirmed whether the user confirmed the values outside the plausible bounds
     * @throws ImplausibleValuesException when some are outside and were not confirmed (nothing saved)
     */
    public List<Measurement> record(Long workspaceId, Long indicatorId, String periodCode,
            Map<Breakdown, BigDecimal> values, String comment, String source, boolean confirmed) {
        Indicator indicator = indicator(workspaceId, indicatorId);
        Period period = Period.parse(periodCode, indicator.getPeriodicity());
        check(indicator, values, confirmed);
        List<Measurement> saved = new ArrayList<>();
        values.forEach((breakdown, value) -> {
            Measurement m = measurements.findOfficial(indicatorId, period.code(), breakdown.dimension(),
                    breakdown.category()).orElseGet(() -> new Measurement(indicator, period, breakdown, null));
            m.record(value, comment, source);
            saved.add(measurements.save(m));
        });
        return saved;
    }

    /** Corrects one official value. */
    public Measurement correct(Long workspaceId, Long measurementId, long expectedVersion, BigDecimal value,
            String comment, String source, boolean confirmed) {
        Measurement m = measurement(workspaceId, measurementId);
        if (m.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Measurement.class, measurementId);
        }
        check(indicator(workspaceId, m.getIndicatorId()), Map.of(m.getBreakdown(), value), confirmed);
        m.record(value, comment, source);
        return m;
    }

    public void deleteMeasurement(Long workspaceId, Long measurementId) {
        measurements.delete(measurement(workspaceId, measurementId));
    }

    /**
     * Checks that each part belongs to the indicator's disaggregations and each value is plausible
     * (or confirmed).
     */
    @Transactional(readOnly = true, noRollbackFor = {BusinessRuleException.class, ImplausibleValuesException.class})
    void check(Indicator indicator, Map<Breakdown, BigDecimal> values, boolean confirmed) {
        if (values.isEmpty()) {
            throw new BusinessRuleException("evaluation.measurement.empty");
        }
        List<String> qpv = null;
        Map<Breakdown, BigDecimal> implausible = new LinkedHashMap<>();
        for (var e : values.entrySet()) {
            Breakdown b = e.getKey();
            if (!b.isTotal()) {
                Disaggregation d;
                try {
                    d = b.disaggregation();
                } catch (IllegalArgumentException ex) {
                    throw new BusinessRuleException("evaluation.measurement.dimension.unknown", b.dimension());
                }
                if (!indicator.splitsBy(d)) {
                    throw new BusinessRuleException("evaluation.measurement.dimension.notSplit", b.dimension(),
                            indicator.getName());
                }
                if (d == Disaggregation.QPV) {
                    if (qpv == null) {
                        qpv = qpvCodes(indicator.getWorkspaceId());
                    }
                    if (qpv.isEmpty() ? !b.category().matches("QN\\d{2,3}\\d{2}[A-Z]") : !qpv.contains(b.category())) {
                        throw new BusinessRuleException("evaluation.measurement.category.unknown", b.category());
                    }
                } else if (!d.fixedCategories().contains(b.category())) {
                    throw new BusinessRuleException("evaluation.measurement.category.unknown", b.category());
                }
            }
            if (e.getValue().signum() < 0 && indicator.getMinValue() == null) {
                implausible.put(b, e.getValue());
            } else if (indicator.isImplausible(e.getValue())) {
                implausible.put(b, e.getValue());
            }
        }
        if (!implausible.isEmpty() && !confirmed) {
            throw new ImplausibleValuesException(implausible);
        }
    }

    /** The QPV codes of the workspace's perimeter, the categories of a split by QPV. */
    @Transactional(readOnly = true)
    public List<String> qpvCodes(Long workspaceId) {
        return workspaces.get(workspaceId).perimeterCodes(TerritoryKind.QPV);
    }

    /** The parts a form offers for an indicator: the total, then each category of each disaggregation. */
    @Transactional(readOnly = true)
    public List<Breakdown> parts(Indicator indicator) {
        List<Breakdown> parts = new ArrayList<>();
        parts.add(Breakdown.WHOLE);
        for (Disaggregation d : indicator.getDisaggregations()) {
            List<String> categories = d == Disaggregation.QPV ? qpvCodes(indicator.getWorkspaceId()) : d.fixedCategories();
            categories.forEach(c -> parts.add(Breakdown.of(d, c)));
        }
        return parts;
    }

    private void announce(Indicator indicator) {
        events.publishEvent(new SearchableContent("indicator", indicator.getId(), indicator.getWorkspaceId(), false,
                indicator.getName(), indicator.getDefinition() == null ? "" : indicator.getDefinition(), List.of(),
                List.of(), null, "/espaces/" + indicator.getWorkspaceId() + "/evaluation/indicateurs/" + indicator.getId()));
    }
}
