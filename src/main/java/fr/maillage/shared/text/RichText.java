package fr.maillage.shared.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text people write across the platform (fiche action descriptions, call priorities,
 * minutes, event descriptions, experience sheets, newsletter texts): what they type, plain text with
 * blank lines or simple HTML, becomes safe HTML under one platform policy; safe HTML becomes plain
 * text for the search index, e-mails and feeds.
 *
 * <p>The policy keeps paragraphs, line breaks and rules, emphasis, lists, h3/h4 headings (h1/h2 become
 * h3, h5/h6 become h4, so that a text never competes with the page's own headings), quotes, tables
 * and links to http, https and mailto addresses, which get {@code rel="noopener noreferrer"}.
 * Anything that could run or restyle the page (scripts, styles, event handlers, images, forms,
 * {@code style} and {@code class} attributes) is removed.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "strong", "b", "em", "i", "u", "s", "sub", "sup",
                    "ul", "ol", "li", "h3", "h4", "blockquote",
                    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td")
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowAttributes("colspan", "rowspan").matching(Pattern.compile("[1-9][0-9]?")).onElements("th", "td")
            .allowAttributes("scope").matching(false, "row", "col", "rowgroup", "colgroup").onElements("th")
            .allowElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    /** A tag of the markup the policy keeps: the input is HTML, not plain text with blank lines. */
    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "</?(p|br|hr|strong|b|em|i|u|s|sub|sup|ul|ol|li|h[1-6]|blockquote|table|caption|thead|tbody|tfoot|tr|th|td|a)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|li|h[1-6]|blockquote|td|th|tr)>|<br\\s*/?>|<hr\\s*/?>");
    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-fA-F]{1,6}|[0-9]{1,7});");

    private RichText() {
    }

    /**
     * Safe HTML from what the user typed; null, blank or nothing readable left (as in {@code <p> </p>})
     * gives null. Text without any of the kept markup becomes one paragraph per blank-line block, its line
     * breaks kept (and whatever tags it holds, such as a script, still go through the policy).
     */
    public static String sanitize(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String html = LOOKS_LIKE_HTML.matcher(input).find() ? input : paragraphs(input);
        String safe = POLICY.sanitize(html).strip();
        return plain(safe).isEmpty() ? null : safe;
    }

    /** The text of safe HTML, blocks separated by spaces and entities decoded; null gives "". */
    public static String plain(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll(" ")).replaceAll(" ");
        return unescape(text).replaceAll("\\s+", " ").strip();
    }

    /**
     * The text of safe HTML, one line per paragraph, list item, heading or line break (for spreadsheet
     * cells and other multi-line plain views); null gives "".
     */
    public static String plainLines(String html) {
        if (html == null) {
            return "";
        }
        String text = TAG.matcher(BLOCK_END.matcher(html).replaceAll("\n")).replaceAll("");
        return unescape(text).replaceAll("[ \t\u00a0]+", " ").replaceAll(" ?\n\\s*", "\n").strip();
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
        for (String block : text.split("\\R\\s*\\R")) {
            if (!block.isBlank()) {
                html.append("<p>").append(block.strip().replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    private static String unescape(String s) {
        String named = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&nbsp;", " ");
        Matcher numeric = NUMERIC_ENTITY.matcher(named);
        StringBuilder decoded = new StringBuilder();
        while (numeric.find()) {
            String code = numeric.group(1);
            int point = code.startsWith("x") ? Integer.parseInt(code.substring(1), 16) : Integer.parseInt(code);
            String character = Character.isValidCodePoint(point) ? new String(Character.toChars(point)) : " ";
            numeric.appendReplacement(decoded, Matcher.quoteReplacement(point == 160 ? " " : character));
        }
        numeric.appendTail(decoded);
        return decoded.toString().replace("&amp;", "&");
    }
}
