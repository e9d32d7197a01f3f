package fr.maillage.funding;

/** A funder's opinion on a line at the COTECH. */
public enum Opinion {
    FAVORABLE, RESERVE, DEFAVORABLE
}
