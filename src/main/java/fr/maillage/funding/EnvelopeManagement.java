package fr.maillage.funding;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funders' envelopes and their split. The sum of the split never exceeds the envelope, nor does the
 * sum of what the funder grants in the workspace that year.
 */
@Service
@Transactional
public class EnvelopeManagement {

    private final Envelopes envelopes;
    private final Allocations allocations;
    private final FundingLines lines;

    EnvelopeManagement(Envelopes envelopes, Allocations allocations, FundingLines lines) {
        this.envelopes = envelopes;
        this.allocations = allocations;
        this.lines = lines;
    }

    /**
     * Creates or changes the funder's envelope for the year; it may not fall below what is already
     * split or granted.
     *
     * @param expectedVersion the version the form showed, or null for a new envelope
     */
    public Envelope define(Long workspaceId, Funder funder, int year, BigDecimal amount, String label,
            String attribuantName, String attribuantSiret, Long expectedVersion) {
        Envelope envelope = envelopes.findByWorkspaceIdAndFunderAndYear(workspaceId, funder, year)
                .orElseGet(() -> new Envelope(workspaceId, funder, year));
        if (envelope.getId() != null && expectedVersion != null && envelope.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Envelope.class, envelope.getId());
        }
        envelope.describe(amount, label, attribuantName, attribuantSiret);
        if (envelope.getId() != null) {
            BigDecimal allocated = allocated(envelope);
            if (allocated.compareTo(envelope.getAmount()) > 0) {
                throw new BusinessRuleException("funding.envelope.belowAllocated", Money.format(allocated));
            }
        }
        BigDecimal granted = lines.grantedExcept(workspaceId, funder, year, -1L);
        if (granted.compareTo(envelope.getAmount()) > 0) {
            throw new BusinessRuleException("funding.envelope.belowGranted", Money.format(granted));
        }
        return envelopes.save(envelope);
    }

    /**
     * Gives a share of the envelope.
     *
     * @throws BusinessRuleException when the share would exceed what remains, with the remainder
     */
    public Allocation allocate(Long workspaceId, Long envelopeId, AllocationKind kind, String target,
            String communeCode, Long organisationId, BigDecimal amount, BigDecimal matchingShare) {
        Envelope envelope = envelope(workspaceId, envelopeId);
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessRuleException("funding.allocation.positive");
        }
        if (matchingShare != null && matchingShare.signum() < 0) {
            throw new BusinessRuleException("funding.amount.negative");
        }
        BigDecimal remaining = remaining(envelope);
        if (Money.of(amount).compareTo(remaining) > 0) {
            throw new BusinessRuleException("funding.allocation.exceeds", Money.format(amount),
                    Money.format(envelope.getAmount()), Money.format(remaining));
        }
        return allocations.save(new Allocation(envelope.getId(), kind, target, communeCode, organisationId, amount,
                matchingShare));
    }

    public void removeAllocation(Long workspaceId, Long envelopeId, Long allocationId) {
        Envelope envelope = envelope(workspaceId, envelopeId);
        Allocation allocation = allocations.findById(allocationId)
                .filter(a -> a.getEnvelopeId().equals(envelope.getId()))
                .orElseThrow(() -> new NotFoundException("allocation " + allocationId));
        allocations.delete(allocation);
    }

    /**
     * Refuses a grant that would take the funder's grants of the year beyond its envelope; without an
     * envelope there is no limit to check.
     */
    void requireRoomFor(FundingLine line, BigDecimal amount) {
        envelopes.findByWorkspaceIdAndFunderAndYear(line.getWorkspaceId(), line.getFunder(), line.getYear())
                .ifPresent(envelope -> {
                    BigDecimal others = lines.grantedExcept(line.getWorkspaceId(), line.getFunder(), line.getYear(),
                            line.getId());
                    BigDecimal remaining = envelope.getAmount().subtract(others);
                    if (Money.of(amount).compareTo(remaining) > 0) {
                        throw new BusinessRuleException("funding.grant.exceedsEnvelope", Money.format(amount),
                                envelope.title(), Money.format(remaining.max(BigDecimal.ZERO)));
                    }
                });
    }

    @Transactional(readOnly = true)
    public Envelope envelope(Long workspaceId, Long envelopeId) {
        return envelopes.findByIdAndWorkspaceId(envelopeId, workspaceId)
                .orElseThrow(() -> new NotFoundException("envelope " + envelopeId));
    }

    @Transactional(readOnly = true)
    public List<Envelope> envelopes(Long workspaceId) {
        return envelopes.findByWorkspaceIdOrderByYearDescFunder(workspaceId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Envelope> envelope(Long workspaceId, Funder funder, int year) {
        return envelopes.findByWorkspaceIdAndFunderAndYear(workspaceId, funder, year);
    }

    @Transactional(readOnly = true)
    public List<Allocation> allocations(Long envelopeId) {
        return allocations.findByEnvelopeIdOrderByKindAscTargetAsc(envelopeId);
    }

    @Transactional(readOnly = true)
    public BigDecimal allocated(Envelope envelope) {
        return Money.of(allocations.allocated(envelope.getId()));
    }

    /** What is left to split. */
    @Transactional(readOnly = true)
    public BigDecimal remaining(Envelope envelope) {
        return envelope.getAmount().subtract(allocated(envelope));
    }

    /** What is left to grant. */
    @Transactional(readOnly = true)
    public BigDecimal remainingToGrant(Envelope envelope) {
        return envelope.getAmount().subtract(Money.of(lines.grantedExcept(envelope.getWorkspaceId(),
                envelope.getFunder(), envelope.getYear(), -1L)));
    }
}
