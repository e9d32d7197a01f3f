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

/** Money a funder actually paid on a line. */
@Entity
@Table(name = "funding_payment")
@Audited("payment")
public class Payment implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long lineId;
    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    private PaymentKind kind;

    private LocalDate paidOn;
    private BigDecimal amount;
    private Instant createdAt;

    @Version
    private long version;

    protected Payment() {
    }

    Payment(FundingLine line, PaymentKind kind, LocalDate paidOn, BigDecimal amount) {
        this.lineId = line.getId();
        this.workspaceId = line.getWorkspaceId();
        this.kind = kind;
        this.paidOn = paidOn;
        this.amount = Money.of(amount);
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

    public PaymentKind getKind() {
        return kind;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
