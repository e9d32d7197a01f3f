package fr.maillage.territory;

/**
 * A territory as other modules see it.
 *
 * @param kind   commune, EPCI or QPV
 * @param code   INSEE code (commune), SIREN (EPCI) or QN code (QPV)
 * @param name   official name
 * @param detail a short context shown next to the name: département for a commune, member count
 *               for an EPCI, communes for a QPV
 */
public record TerritoryRef(TerritoryKind kind, String code, String name, String detail) {

    /** "Name (code)" as shown in lists. */
    public String label() {
        return name + " (" + code + ")";
    }
}
