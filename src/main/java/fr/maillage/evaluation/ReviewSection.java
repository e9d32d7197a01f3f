package fr.maillage.evaluation;

/**
 * The sections of an annual review, in order.
 */
public enum ReviewSection {
    GOVERNANCE, DEPLOYMENT, COMMUNICATION, FINANCE, EVALUATION
}
