package fr.maillage.funding;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The act by which a funder grants a line: arrêté, convention, or CPO covering several years.
 */
@Entity
@Table(name = "funding_decision")
@Audited("fundingDecision")
public class Decision implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long lineId;
    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    private DecisionKind kind;

    private String reference;
    private LocalDate signedOn;
    private BigDecimal amount;
    private Integer firstYear;
    private Integer lastYear;
    private String paymentTerms;
    private Instant createdAt;

    @Version
    private long version;

    protected Decision() {
    }

    Decision(FundingLine line, DecisionKind kind, String reference, LocalDate signedOn, BigDecimal amount,
            Integer firstYear, Integer lastYear, String paymentTerms) {
        this.lineId = line.getId();
        this.workspaceId = line.getWorkspaceId();
        this.kind = kind;
        this.reference = reference.strip();
        this.signedOn = signedOn;
        this.amount = Money.of(amount);
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.paymentTerms = Application.blankToNull(paymentTerms);
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getLineId() {
        return lineId;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Integer getFirstYear() {
        return firstYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    public String getPaymentTerms() {
        return paymentTerms;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
