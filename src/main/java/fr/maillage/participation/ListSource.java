package fr.maillage.participation;

/**
 * Where a volunteer's name comes from.
 */
public enum ListSource {
    VOLONTAIRES, BAILLEUR, LISTE_ELECTORALE;

    /** From a word of a file: "volontaire(s)", "bailleur", "liste électorale" or the enum name. */
    public static ListSource parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = java.text.Normalizer.normalize(value.strip().toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('_', ' ');
        if (v.startsWith("volont")) {
            return VOLONTAIRES;
        }
        if (v.startsWith("bailleur")) {
            return BAILLEUR;
        }
        if (v.contains("elector")) {
            return LISTE_ELECTORALE;
        }
        return null;
    }
}
