package fr.maillage.governance.internal;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The rich text people write in minutes: paragraphs, emphasis, lists, tables and links, nothing
 * that runs. Stored only after this sanitiser, and turned into plain text for search and e-mails.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "br", "hr").toFactory());

    private RichText() {
    }

    /** Safe HTML, or null when nothing is left. */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String text = html.contains("<") ? html : paragraphs(html);
        String safe = POLICY.sanitize(text).strip();
        return safe.isEmpty() ? null : safe;
    }

    /** The text of sanitised HTML, for search and snippets. */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("<[^>]+>", " ").replace("&nbsp;", " ").replace("&#39;", "'").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replaceAll("\\s+", " ").strip();
    }

    /** Plain text typed without tags: one paragraph per blank-line block, line breaks kept. */
    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String block : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(block.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
