package fr.maillage.programme;

/**
 * The two levels of objectives under an axis.
 */
public enum ObjectiveLevel {
    /** Objectif stratégique, directly under an axis. */
    STRATEGIC,
    /** Objectif opérationnel, under a strategic objective. */
    OPERATIONAL
}
