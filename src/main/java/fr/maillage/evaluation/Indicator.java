package fr.maillage.evaluation;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * An indicator of a workspace: what is counted, in which unit, which way is good, at which level
 * (workspace, objective, action), how often, from which source, split how; its baseline, its
 * targets per period, and the plausible bounds outside which a value is questioned before it is kept.
 */
@Entity
@Table(name = "evaluation_indicator")
@Audited("indicator")
public class Indicator implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private String code;
    private String name;
    private String definition;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    private Direction direction;

    @Enumerated(EnumType.STRING)
    private IndicatorLevel level;

    private Long objectiveId;
    private Long actionId;

    @Enumerated(EnumType.STRING)
    private Periodicity periodicity;

    private String source;

    /** Comma-separated {@link Disaggregation} names. */
    private String disaggregations = "";

    private BigDecimal baselineValue;
    private LocalDate baselineDate;
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private Instant createdAt;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 50)
    @CollectionTable(name = "evaluation_indicator_target", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "period")
    @Column(name = "target_value")
    private Map<String, BigDecimal> targets = new TreeMap<>();

    @Version
    private long version;

    protected Indicator() {
    }

    Indicator(Long workspaceId, IndicatorDetails details) {
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
        describe(details);
    }

    /** Replaces the definition; the level must name what it measures and the bounds must be ordered. */
    void describe(IndicatorDetails d) {
        if (d.level() == IndicatorLevel.OBJECTIVE && d.objectiveId() == null) {
            throw new BusinessRuleException("evaluation.indicator.objective.required");
        }
        if (d.level() == IndicatorLevel.ACTION && d.actionId() == null) {
            throw new BusinessRuleException("evaluation.indicator.action.required");
        }
        if (d.minValue() != null && d.maxValue() != null && d.minValue().compareTo(d.maxValue()) > 0) {
            throw new BusinessRuleException("evaluation.indicator.bounds.order");
        }
        if ((d.baselineValue() == null) != (d.baselineDate() == null)) {
            throw new BusinessRuleException("evaluation.indicator.baseline.incomplete");
        }
        this.code = blankToNull(d.code());
        this.name = d.name().strip();
        this.definition = blankToNull(d.definition());
        this.unit = d.unit();
        this.direction = d.direction();
        this.level = d.level();
        this.objectiveId = d.level() == IndicatorLevel.OBJECTIVE ? d.objectiveId() : null;
        this.actionId = d.level() == IndicatorLevel.ACTION ? d.actionId() : null;
        this.periodicity = d.periodicity();
        this.source = blankToNull(d.source());
        this.disaggregations = d.disaggregations() == null ? "" : d.disaggregations().stream().sorted()
                .map(Enum::name).collect(Collectors.joining(","));
        this.baselineValue = scale(d.baselineValue());
        this.baselineDate = d.baselineDate();
        this.minValue = scale(d.minValue());
        this.maxValue = scale(d.maxValue());
        Map<String, BigDecimal> newTargets = new TreeMap<>();
        if (d.targets() != null) {
            d.targets().forEach((period, value) -> {
                if (value != null) {
                    newTargets.put(Period.parse(period, periodicity).code(), scale(value));
                }
            });
        }
        if (!newTargets.equals(targets)) {
            targets.clear();
            targets.putAll(newTargets);
        }
    }

    /** Whether the value lies outside the plausible bounds (then the user must confirm it). */
    public boolean isImplausible(BigDecimal value) {
        return (minValue != null && value.compareTo(minValue) < 0) || (maxValue != null && value.compareTo(maxValue) > 0);
    }

    public boolean splitsBy(Disaggregation disaggregation) {
        return getDisaggregations().contains(disaggregation);
    }

    static BigDecimal scale(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDefinition() {
        return definition;
    }

    public Unit getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }

    public IndicatorLevel getLevel() {
        return level;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public Long getActionId() {
        return actionId;
    }

    public Periodicity getPeriodicity() {
        return periodicity;
    }

    public String getSource() {
        return source;
    }

    public Set<Disaggregation> getDisaggregations() {
        if (disaggregations == null || disaggregations.isBlank()) {
            return EnumSet.noneOf(Disaggregation.class);
        }
        return Arrays.stream(disaggregations.split(",")).map(Disaggregation::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Disaggregation.class)));
    }

    public BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public LocalDate getBaselineDate() {
        return baselineDate;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** Target value per period code, in period order. */
    public Map<String, BigDecimal> getTargets() {
        return new TreeMap<>(targets);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
