package fr.maillage.funding;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Siret;
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
 * A funder's budget for the year in a workspace. Neither its split ({@link Allocation}) nor the
 * grants of the funder's lines may exceed it. It also carries the funder's identity for the SCDL
 * open-data export (nomAttribuant, idAttribuant).
 */
@Entity
@Table(name = "funding_envelope")
@Audited("envelope")
public class Envelope implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    private Funder funder;

    @Column(name = "funding_year")
    private int year;

    private BigDecimal amount;
    private String label;
    private String attribuantName;
    private String attribuantSiret;

    @Version
    private long version;

    protected Envelope() {
    }

    Envelope(Long workspaceId, Funder funder, int year) {
        this.workspaceId = workspaceId;
        this.funder = funder;
        this.year = year;
    }

    void describe(BigDecimal amount, String label, String attribuantName, String attribuantSiret) {
        if (amount == null || amount.signum() < 0) {
            throw new BusinessRuleException("funding.amount.negative");
        }
        this.amount = Money.of(amount);
        this.label = Application.blankToNull(label);
        this.attribuantName = Application.blankToNull(attribuantName);
        if (attribuantSiret != null && !attribuantSiret.isBlank() && !Siret.isValid(attribuantSiret)) {
            throw new BusinessRuleException("funding.envelope.siret.invalid");
        }
        this.attribuantSiret = attribuantSiret == null || attribuantSiret.isBlank() ? null
                : Siret.of(attribuantSiret).value();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Funder getFunder() {
        return funder;
    }

    public int getYear() {
        return year;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getLabel() {
        return label;
    }

    public String getAttribuantName() {
        return attribuantName;
    }

    public String getAttribuantSiret() {
        return attribuantSiret;
    }

    public long getVersion() {
        return version;
    }

    public String title() {
        return label != null ? label : funder.getLabel() + " " + year;
    }
}
