package fr.maillage.programme;

/**
 * Whom an action addresses by gender; {@code PAR_GENRE} means the expected numbers of women (or
 * girls) and men (or boys) are given.
 */
public enum TargetGender {
    TOUS, FILLES, GARCONS, FEMMES, HOMMES, PAR_GENRE
}
