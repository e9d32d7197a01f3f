package fr.maillage.funding;

/** A payment of a granted subsidy: an advance, an instalment, or the balance. */
public enum PaymentKind {
    AVANCE, ACOMPTE, SOLDE
}
