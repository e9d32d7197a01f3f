package fr.maillage.evaluation;

/**
 * What an indicator measures: the whole workspace, one objective of the strategy tree, or one action.
 */
public enum IndicatorLevel {
    WORKSPACE, OBJECTIVE, ACTION
}
