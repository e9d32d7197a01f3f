package fr.maillage.directory;

/**
 * Why a workspace may keep a person's details (RGPD article 6): its public-interest mission, or
 * the person's consent, which must then be dated.
 */
public enum LegalBasis {
    MISSION_INTERET_PUBLIC, CONSENTEMENT
}
