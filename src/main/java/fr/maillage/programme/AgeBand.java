package fr.maillage.programme;

/**
 * The age bands of an action's target public, as the politique de la ville counts them.
 */
public enum AgeBand {
    AGE_0_2, AGE_3_5, AGE_6_10, AGE_11_15, AGE_16_18, AGE_18_25, ADULTES, SENIORS, FAMILLES
}
