package fr.maillage.funding;

/**
 * Where a funder's line of an application stands (DOMAIN.md, "Subsidy application lifecycle").
 * {@link FundingLifecycle} says which moves are allowed.
 */
public enum FundingStatus {
    BROUILLON, DEPOSE, A_COMPLETER, RECEVABLE, INSTRUIT, VALIDE, REFUSE, NOTIFIE, VERSE_PARTIELLEMENT, VERSE,
    JUSTIFIE, NON_REALISE, REPORTE, SOLDE;

    /** A line the funder has decided to fund (validated or further). */
    public boolean isGranted() {
        return switch (this) {
            case VALIDE, NOTIFIE, VERSE_PARTIELLEMENT, VERSE, JUSTIFIE, NON_REALISE, REPORTE, SOLDE -> true;
            default -> false;
        };
    }
}
