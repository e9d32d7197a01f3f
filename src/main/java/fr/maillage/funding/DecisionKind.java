package fr.maillage.funding;

/** The act granting money: an arrêté, a convention, or a multi-year CPO. */
public enum DecisionKind {
    ARRETE, CONVENTION, CPO;

    /** Conventions and CPO are the agreements décret 2001-495 requires above 23,000 €. */
    public boolean isAgreement() {
        return this != ARRETE;
    }
}
