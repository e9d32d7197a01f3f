package fr.maillage.funding;

/** What a carrier reports after the action: the CERFA 15059 financial report, or the activity bilan. */
public enum ReportKind {
    COMPTE_RENDU_FINANCIER, BILAN
}
