package fr.maillage.territory.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds names the way people type them: "Saint-Étienne-du-Rouvray" and "st etienne du rouvray"
 * become lower-case ASCII words separated by single spaces. Stored beside names for exact matches,
 * SQL searches and an accent-independent sort order that is the same on H2 and PostgreSQL.
 */
public final class Folding {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

    private Folding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }
}
