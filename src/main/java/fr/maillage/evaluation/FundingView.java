package fr.maillage.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the annual review needs of the funding module: the year's envelopes, how much of each was
 * split or paid, and the communes' matching share.
 */
public interface FundingView {

    /**
     * One envelope of the year.
     *
     * @param allocated    what was split between communes, collèges and carriers
     * @param paid         what was actually paid out of the workspace's funding lines for this funder
     * @param communeShare the communes' matching share declared in the split
     */
    record EnvelopeYear(String funder, String label, BigDecimal amount, BigDecimal allocated, BigDecimal paid,
            BigDecimal communeShare) {
    }

    /** The envelopes of the workspace for the year; empty when funding is not available. */
    Optional<List<EnvelopeYear>> envelopes(Long workspaceId, int year);
}
