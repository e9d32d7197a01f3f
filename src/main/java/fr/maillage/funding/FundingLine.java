package fr.maillage.funding;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/**
 * One funder's part of an application: what is asked, what the COTECH proposes, what the funder
 * grants and what it has paid, and where the line stands in its own lifecycle. The workspace and
 * year are copied from the application so that the dashboards add lines up without a join.
 */
@Entity
@Table(name = "funding_line")
@Audited("fundingLine")
public class FundingLine implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    private Long workspaceId;

    @Column(name = "funding_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private Funder funder;

    @Enumerated(EnumType.STRING)
    private FundingStatus status;

    private BigDecimal requested;
    private BigDecimal proposed;
    private BigDecimal granted;
    private BigDecimal paid;

    @Enumerated(EnumType.STRING)
    private Opinion opinion;

    private String opinionComment;

    @Version
    private long version;

    protected FundingLine() {
    }

    FundingLine(Application application, Funder funder, BigDecimal requested, FundingStatus status) {
        this.applicationId = application.getId();
        this.workspaceId = application.getWorkspaceId();
        this.year = application.getYear();
        this.funder = funder;
        this.requested = Money.of(requested);
        this.paid = Money.of((BigDecimal) null);
        this.status = status;
    }

    /** Moves the line along its lifecycle; the caller records the {@link Transition}. */
    void moveTo(FundingStatus target) {
        FundingLifecycle.require(status, target);
        this.status = target;
    }

    void request(BigDecimal amount) {
        this.requested = Money.of(amount);
    }

    /** The COTECH's opinion for this funder and the amount it proposes (zero when unfavourable). */
    void giveOpinion(Opinion opinion, BigDecimal proposed, String comment) {
        if (proposed != null && proposed.signum() < 0) {
            throw new BusinessRuleException("funding.amount.negative");
        }
        this.opinion = opinion;
        this.proposed = opinion == Opinion.DEFAVORABLE ? Money.of((BigDecimal) null) : Money.of(proposed);
        this.opinionComment = Application.blankToNull(comment);
    }

    void grant(BigDecimal amount) {
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessRuleException("funding.grant.positive");
        }
        this.granted = Money.of(amount);
    }

    void refuse() {
        this.granted = null;
    }

    void addPaid(BigDecimal amount) {
        this.paid = Money.orZero(paid).add(amount);
    }

    /** What the COTECH proposed, or what was asked when no proposal was made. */
    public BigDecimal proposedOrRequested() {
        return proposed != null ? proposed : requested;
    }

    public BigDecimal remainingToPay() {
        return Money.orZero(granted).subtract(Money.orZero(paid));
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public int getYear() {
        return year;
    }

    public Funder getFunder() {
        return funder;
    }

    public FundingStatus getStatus() {
        return status;
    }

    public BigDecimal getRequested() {
        return requested;
    }

    public BigDecimal getProposed() {
        return proposed;
    }

    public BigDecimal getGranted() {
        return granted;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public Opinion getOpinion() {
        return opinion;
    }

    public String getOpinionComment() {
        return opinionComment;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return funder.getLabel() + " : " + status;
    }
}
