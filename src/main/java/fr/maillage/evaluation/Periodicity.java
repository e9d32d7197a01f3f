package fr.maillage.evaluation;

/**
 * How often an indicator is measured; each has its own period code ({@link Period}).
 */
public enum Periodicity {
    /** "2026". */
    ANNUELLE,
    /** "2025-2026", September to August. */
    ANNEE_SCOLAIRE,
    /** "2026-T1". */
    TRIMESTRE
}
