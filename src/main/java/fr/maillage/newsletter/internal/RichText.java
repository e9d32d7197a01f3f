package fr.maillage.newsletter.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What HTML a newsletter's free text may keep: formatting, paragraphs and lists, headings, and links
 * (http, https, mailto), which open nothing else. Everything else is removed before storing.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("br", "hr").toFactory());

    private RichText() {
    }

    /** Sanitised HTML, or null for blank input. */
    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html).strip();
        return clean.isEmpty() ? null : clean;
    }
}
