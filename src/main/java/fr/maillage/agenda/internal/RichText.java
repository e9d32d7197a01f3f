package fr.maillage.agenda.internal;

import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The HTML an event's description may keep: paragraphs, lists, emphasis, headings and links; the
 * rest (scripts, styles, event handlers) is removed before storing.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES);

    private RichText() {
    }

    public static String sanitise(String html) {
        return html == null || html.isBlank() ? null : POLICY.sanitize(html);
    }
}
