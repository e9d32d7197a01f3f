package fr.maillage.funding;

/**
 * Published, inside the transaction, each time a funding line of an application changes status.
 *
 * @param lineId the funder's line that moved
 */
public record ApplicationStatusChanged(Long workspaceId, Long applicationId, String reference, Long lineId,
        Funder funder, FundingStatus from, FundingStatus to) {
}
