package fr.maillage.evaluation;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One value of an indicator for a period and a part (total or one category of a disaggregation),
 * with its comment and source. A value entered through a campaign link waits, not official, until
 * the chef de projet validates it; only official values appear in dashboards and reviews.
 */
@Entity
@Table(name = "evaluation_measurement")
@Audited("measurement")
public class Measurement implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long indicatorId;
    private String period;
    private int periodYear;
    private String dimension;
    private String category;

    @Column(name = "measured_value")
    private BigDecimal value;

    private String comment;
    private String source;
    private boolean official;
    private Long requestId;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Measurement() {
    }

    Measurement(Indicator indicator, Period period, Breakdown breakdown, Long requestId) {
        this.workspaceId = indicator.getWorkspaceId();
        this.indicatorId = indicator.getId();
        this.period = period.code();
        this.periodYear = period.year();
        this.dimension = breakdown.dimension();
        this.category = breakdown.category();
        this.requestId = requestId;
        this.official = requestId == null;
        this.createdAt = Instant.now();
    }

    void record(BigDecimal value, String comment, String source) {
        this.value = Indicator.scale(value);
        this.comment = Indicator.blankToNull(comment);
        this.source = Indicator.blankToNull(source);
        this.updatedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public String getPeriod() {
        return period;
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public Breakdown getBreakdown() {
        return new Breakdown(dimension, category);
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getComment() {
        return comment;
    }

    public String getSource() {
        return source;
    }

    public boolean isOfficial() {
        return official;
    }

    public Long getRequestId() {
        return requestId;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return period + " " + dimension + ":" + category + " = " + value;
    }
}
