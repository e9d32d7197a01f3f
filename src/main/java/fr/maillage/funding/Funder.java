package fr.maillage.funding;

/**
 * Who may fund an action of the politique de la ville, with the label users read.
 */
public enum Funder {
    ETAT_BOP147("État (BOP 147)"),
    EPCI("EPCI"),
    COMMUNE("Commune"),
    CAF("CAF"),
    DEPARTEMENT("Département"),
    REGION("Région"),
    EUROPE("Fonds européens"),
    AUTRE("Autre financeur");

    private final String label;

    Funder(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
