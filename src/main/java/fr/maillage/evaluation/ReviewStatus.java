package fr.maillage.evaluation;

/**
 * A review is a draft until every validator approved it.
 */
public enum ReviewStatus {
    DRAFT, VALIDATED
}
