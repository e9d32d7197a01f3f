package fr.maillage.programme.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The HTML a fiche action's description may hold: paragraphs, emphasis, lists, headings, quotes
 * and links; anything else (scripts, styles, event handlers, images) is dropped before storing.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .toFactory();

    private RichText() {
    }

    /** The safe HTML, or null when nothing is left. */
    public static String sanitize(String html) {
        if (html == null) {
            return null;
        }
        String safe = POLICY.sanitize(html).strip();
        return safe.isEmpty() ? null : safe;
    }

    /** The text without tags, for search and plain-text views. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("<[^>]*>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#34;", "\"").replace("&quot;", "\"").replace("&#39;", "'").replace("&nbsp;", " ")
                .replaceAll("&#(\\d+);", " ").replaceAll("\\s+", " ").strip();
    }
}
