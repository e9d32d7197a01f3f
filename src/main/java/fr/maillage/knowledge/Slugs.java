package fr.maillage.knowledge;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Clean addresses for published sheets: "Café des parents à Bethoncourt" → "cafe-des-parents-a-bethoncourt".
 */
final class Slugs {

    private static final int MAX = 80;

    private Slugs() {
    }

    static String of(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace("œ", "oe").replace("Œ", "oe").replace("æ", "ae").replace("Æ", "ae");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > MAX) {
            slug = slug.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "fiche" : slug;
    }
}
