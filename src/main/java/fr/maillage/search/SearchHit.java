package fr.maillage.search;

/**
 * One result. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text in which only the
 * {@code <mark>} tags around the matched words are markup, safe to render unescaped.
 */
public record SearchHit(String type, Long id, String title, String titleHtml, String snippetHtml, String url,
        Integer year) {
}
