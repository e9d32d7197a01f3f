package fr.maillage.evaluation;

/**
 * A campaign is open while carriers answer; closing it ends its links.
 */
public enum CampaignStatus {
    OPEN, CLOSED
}
