package fr.maillage.evaluation.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * What may stay in a review's narrative: paragraphs, emphasis, lists, headings, tables and links;
 * no script, style or event handler.
 */
public final class RichTextPolicy {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("br", "hr").toFactory());

    private RichTextPolicy() {
    }

    /** The text of sanitised HTML, for spreadsheets and summaries. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String text = html.replaceAll("(?i)<br\\s*/?>|</p>|</li>|</h\\d>", "\n").replaceAll("<[^>]+>", "");
        return org.springframework.web.util.HtmlUtils.htmlUnescape(text).replaceAll("[ \t]+", " ")
                .replaceAll("\n\\s*\n+", "\n").strip();
    }

    public static String sanitize(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String clean = POLICY.sanitize(html).strip();
        return clean.isEmpty() ? null : clean;
    }
}
