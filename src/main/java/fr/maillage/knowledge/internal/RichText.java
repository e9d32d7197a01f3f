package fr.maillage.knowledge.internal;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The rich text of experience sheets: what people type (plain text with blank lines, or simple HTML)
 * becomes safe HTML (paragraphs, lists, emphasis, links, small headings), and safe HTML becomes plain
 * text for the search index, e-mails and feeds.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder().allowElements("ul", "ol", "li", "br", "h3", "h4", "blockquote").toFactory())
            .and(new HtmlPolicyBuilder().allowElements("a").requireRelsOnLinks("noopener", "noreferrer").toFactory());
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<(p|ul|ol|li|br|strong|em|b|i|a|h3|h4|blockquote)\\b",
            Pattern.CASE_INSENSITIVE);

    private RichText() {
    }

    /** Safe HTML from what the user typed; null or blank gives null. */
    public static String sanitize(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String html = LOOKS_LIKE_HTML.matcher(input).find() ? input : paragraphs(input);
        String safe = POLICY.sanitize(html).strip();
        return safe.isEmpty() ? null : safe;
    }

    /** The text of safe HTML, with blocks separated by spaces; null gives "". */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(html.replace("</p>", " ").replace("<br />", " ").replace("</li>", " ")).replaceAll(" ");
        return unescape(text).replaceAll("\\s+", " ").strip();
    }

    /** Plain text cut at a word boundary to at most {@code max} characters, with an ellipsis when cut. */
    public static String excerpt(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).strip() + "…";
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!block.isBlank()) {
                html.append("<p>").append(escape(block.strip()).replace("\n", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&#43;", "+").replace("&#61;", "=").replace("&#64;", "@")
                .replace("&#96;", "`").replace("&nbsp;", " ").replace("&#160;", " ").replace("&amp;", "&");
    }
}
