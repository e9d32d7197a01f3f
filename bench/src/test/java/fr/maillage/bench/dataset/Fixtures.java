package fr.maillage.bench.dataset;

import java.util.List;

/**
 * A small piece of the real territorial reference: three régions, the Doubs, the Nord and the Cher,
 * four EPCI, eleven communes and the QPV of the demonstration sample there.
 */
final class Fixtures {

    private Fixtures() {
    }

    static Territory territory() {
        return new Territory(
                List.of(new Territory.Region("24", "Centre-Val de Loire"), new Territory.Region("27",
                        "Bourgogne-Franche-Comté"), new Territory.Region("32", "Hauts-de-France")),
                List.of(new Territory.Departement("18", "Cher"), new Territory.Departement("25", "Doubs"),
                        new Territory.Departement("59", "Nord")),
                List.of(new Territory.Epci("200065647", "CA du Pays de Montbéliard", 140_000),
                        new Territory.Epci("242500361", "CU Grand Besançon Métropole", 195_000),
                        new Territory.Epci("245901160", "CA Valenciennes Métropole", 190_000),
                        new Territory.Epci("241800507", "CA Bourges Plus", 100_000)),
                List.of(commune("25388", "Montbéliard", "25", "27", "200065647", 25_500, "25200"),
                        commune("25031", "Audincourt", "25", "27", "200065647", 14_000, "25400"),
                        commune("25057", "Bethoncourt", "25", "27", "200065647", 5_500, "25200"),
                        commune("25284", "Grand-Charmont", "25", "27", "200065647", 5_700, "25200"),
                        commune("25580", "Valentigney", "25", "27", "200065647", 11_500, "25700"),
                        commune("25056", "Besançon", "25", "27", "242500361", 120_000, "25000"),
                        commune("59606", "Valenciennes", "59", "32", "245901160", 44_000, "59300"),
                        commune("59014", "Anzin", "59", "32", "245901160", 13_500, "59410"),
                        commune("59112", "Bruay-sur-l'Escaut", "59", "32", "245901160", 11_800, "59860"),
                        commune("18033", "Bourges", "18", "24", "241800507", 64_000, "18000"),
                        commune("18279", "Vierzon", "18", "24", null, 25_700, "18100")),
                List.of(qpv("QN01801M", "Chancellerie - Gibjoncs - Moulon", "18", "18033"),
                        qpv("QN01804M", "Clos du Roy", "18", "18279"),
                        qpv("QN02501M", "Petite Hollande", "25", "25388"),
                        qpv("QN02504M", "Champs Montants", "25", "25031"),
                        qpv("QN02506M", "Champvallon", "25", "25057"),
                        qpv("QN02507I", "Les Fougères", "25", "25284"),
                        qpv("QN02508M", "Les Buis", "25", "25580"),
                        qpv("QN02510M", "Planoise", "25", "25056"),
                        qpv("QN05901M", "Dutemple - Saint-Waast - Chasse Royale", "59", "59606"),
                        qpv("QN05904M", "Haut d'Anzin", "59", "59014"),
                        new Territory.Qpv("QN05905I", "Carpeaux - Cité Blanche", "59", List.of("59014", "59112"))));
    }

    private static Territory.Commune commune(String code, String name, String departement, String region, String epci,
            int population, String postalCode) {
        return new Territory.Commune(code, name, departement, region, epci, population, postalCode);
    }

    private static Territory.Qpv qpv(String code, String name, String departement, String commune) {
        return new Territory.Qpv(code, name, departement, List.of(commune));
    }
}
