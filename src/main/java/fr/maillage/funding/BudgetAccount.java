package fr.maillage.funding;

/**
 * The accounts of the CERFA 12156 budget prévisionnel: charges (60-68, indirect charges, 86) and
 * resources (70, 74 per funder, 75-78, 87). Contributions in kind (86/87) appear on both sides.
 */
public enum BudgetAccount {
    C60(Side.CHARGE, "60", "Achats"),
    C61(Side.CHARGE, "61", "Services extérieurs"),
    C62(Side.CHARGE, "62", "Autres services extérieurs"),
    C63(Side.CHARGE, "63", "Impôts et taxes"),
    C64(Side.CHARGE, "64", "Charges de personnel"),
    C65(Side.CHARGE, "65", "Autres charges de gestion courante"),
    C66(Side.CHARGE, "66", "Charges financières"),
    C67(Side.CHARGE, "67", "Charges exceptionnelles"),
    C68(Side.CHARGE, "68", "Dotation aux amortissements"),
    INDIRECT(Side.CHARGE, "", "Charges indirectes affectées à l'action"),
    C86(Side.CHARGE, "86", "Emplois des contributions volontaires en nature"),
    R70(Side.RESOURCE, "70", "Vente de produits finis, prestations de services"),
    R74(Side.RESOURCE, "74", "Subventions d'exploitation"),
    R75(Side.RESOURCE, "75", "Autres produits de gestion courante"),
    R76(Side.RESOURCE, "76", "Produits financiers"),
    R77(Side.RESOURCE, "77", "Produits exceptionnels"),
    R78(Side.RESOURCE, "78", "Reprises sur amortissements et provisions"),
    R87(Side.RESOURCE, "87", "Contributions volontaires en nature");

    /** Which column of the budget an account belongs to. */
    public enum Side { CHARGE, RESOURCE }

    private final Side side;
    private final String number;
    private final String label;

    BudgetAccount(Side side, String number, String label) {
        this.side = side;
        this.number = number;
        this.label = label;
    }

    public Side getSide() {
        return side;
    }

    public boolean isCharge() {
        return side == Side.CHARGE;
    }

    /** Subsidies are asked of a named funder. */
    public boolean needsFunder() {
        return this == R74;
    }

    public boolean isInKind() {
        return this == C86 || this == R87;
    }

    public String getNumber() {
        return number;
    }

    public String getLabel() {
        return number.isEmpty() ? label : number + " – " + label;
    }
}
