package fr.maillage.participation;

/**
 * The two colleges of a citizen council (loi Lamy, art. 7).
 */
public enum College {
    /** Residents, usually drawn by lot. */
    HABITANTS,
    /** Local associations and actors. */
    ACTEURS
}
