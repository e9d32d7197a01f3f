package fr.maillage.funding;

import fr.maillage.shared.Audited;
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
 * A share of an envelope for a commune, a collège, a carrier or an axis. For a cité éducative's
 * State grant, a commune's share comes with the matching amount the commune puts in
 * (cofinancement communal).
 */
@Entity
@Table(name = "funding_allocation")
@Audited("allocation")
public class Allocation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long envelopeId;

    @Enumerated(EnumType.STRING)
    private AllocationKind kind;

    private String target;
    private String communeCode;
    private Long organisationId;
    private BigDecimal amount;
    private BigDecimal matchingShare;

    @Version
    private long version;

    protected Allocation() {
    }

    Allocation(Long envelopeId, AllocationKind kind, String target, String communeCode, Long organisationId,
            BigDecimal amount, BigDecimal matchingShare) {
        this.envelopeId = envelopeId;
        this.kind = kind;
        this.target = target.strip();
        this.communeCode = Application.blankToNull(communeCode);
        this.organisationId = organisationId;
        this.amount = Money.of(amount);
        this.matchingShare = matchingShare == null ? null : Money.of(matchingShare);
    }

    public Long getId() {
        return id;
    }

    public Long getEnvelopeId() {
        return envelopeId;
    }

    public AllocationKind getKind() {
        return kind;
    }

    public String getTarget() {
        return target;
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getMatchingShare() {
        return matchingShare;
    }

    public long getVersion() {
        return version;
    }
}
