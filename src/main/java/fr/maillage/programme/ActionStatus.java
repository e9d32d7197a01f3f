package fr.maillage.programme;

/**
 * Where a fiche action stands.
 */
public enum ActionStatus {
    EN_PROJET, EN_COURS, REALISEE, ABANDONNEE
}
