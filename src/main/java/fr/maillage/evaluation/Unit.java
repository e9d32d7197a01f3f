package fr.maillage.evaluation;

/**
 * What an indicator counts in; the label is {@code evaluation.unit.<NAME>}, the symbol follows
 * the value in summaries ({@code evaluation.unit.symbol.<NAME>}).
 */
public enum Unit {
    NOMBRE, POURCENTAGE, EUROS, HEURES, JOURS, AUTRE
}
