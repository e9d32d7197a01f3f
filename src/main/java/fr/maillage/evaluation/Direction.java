package fr.maillage.evaluation;

/**
 * Whether a rising value is good news (children reached) or bad news (absenteeism).
 */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER
}
