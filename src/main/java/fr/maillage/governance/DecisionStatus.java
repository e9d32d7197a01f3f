package fr.maillage.governance;

/** The outcome of a decision put to a body. */
public enum DecisionStatus {
    ADOPTEE, AJOURNEE, REJETEE
}
