package fr.maillage.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The platform's one rich-text policy: what could run or restyle a page goes, the markup people
 * write keeps, plain text becomes paragraphs, and safe HTML turns back into plain text.
 */
class RichTextTests {

    @Test
    void scripts_styles_and_handlers_are_removed() {
        String safe = RichText.sanitize("<p onclick=\"steal()\" style=\"color:red\" class=\"x\">Bonjour</p>"
                + "<script>alert(1)</script><style>p{display:none}</style>"
                + "<img src=\"x\" onerror=\"alert(2)\"><iframe src=\"https://evil.example\"></iframe>");

        assertThat(safe).isEqualTo("<p>Bonjour</p>");
    }

    @Test
    void javascript_and_data_urls_are_removed_from_links() {
        assertThat(RichText.sanitize("<p><a href=\"javascript:alert(1)\">clic</a></p>")).isEqualTo("<p>clic</p>");
        assertThat(RichText.sanitize("<p><a href=\"JaVaScRiPt:alert(1)\">clic</a></p>")).isEqualTo("<p>clic</p>");
        assertThat(RichText.sanitize("<p><a href=\"data:text/html,x\">clic</a></p>")).isEqualTo("<p>clic</p>");
    }

    @Test
    void links_keep_http_https_and_mailto_and_open_nothing() {
        String safe = RichText.sanitize("<p><a href=\"https://anct.gouv.fr\" target=\"_top\">ANCT</a> "
                + "<a href=\"http://example.org/a?b=c\">ex</a> <a href=\"mailto:contact@ville.fr\">écrire</a></p>");

        // the sanitiser writes the two rel values in either order
        assertThat(safe.replace("noreferrer noopener", "noopener noreferrer"))
                .contains("<a href=\"https://anct.gouv.fr\" rel=\"noopener noreferrer\">ANCT</a>")
                .contains("href=\"http://example.org/a?b&#61;c\" rel=\"noopener noreferrer\"")
                .contains("href=\"mailto:contact&#64;ville.fr\" rel=\"noopener noreferrer\"")
                .doesNotContain("target");
    }

    @Test
    void the_markup_people_write_is_kept() {
        String html = "<h3>Objectifs</h3><h4>Public</h4><p>Un <strong>fort</strong>, <em>doux</em>, <b>gras</b>, "
                + "<i>penché</i>, <u>souligné</u><br>texte.</p><hr><ul><li>un</li></ul><ol><li>deux</li></ol>"
                + "<blockquote><p>citation</p></blockquote>"
                + "<table><thead><tr><th scope=\"col\">Année</th></tr></thead>"
                + "<tbody><tr><td colspan=\"2\">2026</td></tr></tbody></table>";

        String safe = RichText.sanitize(html);

        assertThat(safe).contains("<h3>Objectifs</h3>", "<h4>Public</h4>", "<strong>fort</strong>", "<em>doux</em>",
                "<b>gras</b>", "<i>penché</i>", "<u>souligné</u>", "<br />", "<hr />", "<ul><li>un</li></ul>",
                "<ol><li>deux</li></ol>", "<blockquote><p>citation</p></blockquote>", "<table>", "<thead>",
                "<th scope=\"col\">Année</th>", "<td colspan=\"2\">2026</td>", "</table>");
    }

    @Test
    void page_level_headings_become_section_headings() {
        assertThat(RichText.sanitize("<h1>Titre</h1><h2>Sous-titre</h2><h6>Détail</h6>"))
                .isEqualTo("<h3>Titre</h3><h3>Sous-titre</h3><h4>Détail</h4>");
    }

    @Test
    void plain_text_with_blank_lines_becomes_paragraphs() {
        String safe = RichText.sanitize("Premier paragraphe\nsur deux lignes.\n\n  \r\nSecond : 3 < 4 & \"vrai\".");

        assertThat(safe).isEqualTo("<p>Premier paragraphe<br />sur deux lignes.</p>"
                + "<p>Second : 3 &lt; 4 &amp; &#34;vrai&#34;.</p>");
        assertThat(RichText.sanitize("Des parents isolés.\n\nPeu de lieux d'accueil.<script>alert('x')</script>"))
                .isEqualTo("<p>Des parents isolés.</p><p>Peu de lieux d&#39;accueil.</p>");
    }

    @Test
    void a_lone_script_is_removed_rather_than_shown_as_text() {
        assertThat(RichText.sanitize("<script>alert(1)</script>")).isNull();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\n\n", "<p> </p>", "<script>x</script>"})
    void blank_gives_null(String input) {
        assertThat(RichText.sanitize(input)).isNull();
    }

    @Test
    void plain_gives_the_text_with_blocks_apart_and_entities_decoded() {
        String safe = RichText.sanitize("<h3>Bilan</h3><p>Écoles &amp; collèges<br>+ 12 = « fort »</p>"
                + "<ul><li>un</li><li>deux</li></ul><p>contact@ville.fr</p>");

        assertThat(RichText.plain(safe)).isEqualTo("Bilan Écoles & collèges + 12 = « fort » un deux contact@ville.fr");
        assertThat(RichText.plain("<p>3 &lt; 4 &#x27;ok&#39; &#160;fin</p>")).isEqualTo("3 < 4 'ok' fin");
        assertThat(RichText.plain(null)).isEmpty();
    }

    @Test
    void plain_lines_keep_one_line_per_block() {
        String safe = RichText.sanitize("<h3>Bilan</h3><p>Premier &amp; <em>seul</em><br>retour</p><ul><li>un</li><li>deux</li></ul>");

        assertThat(RichText.plainLines(safe)).isEqualTo("Bilan\nPremier & seul\nretour\nun\ndeux");
        assertThat(RichText.plainLines(null)).isEmpty();
    }

    @Test
    void excerpt_cuts_at_a_word_boundary_with_an_ellipsis() {
        assertThat(RichText.excerpt("Une action courte", 40)).isEqualTo("Une action courte");
        assertThat(RichText.excerpt("Une action de médiation sociale dans le quartier", 25))
                .isEqualTo("Une action de médiation…")
                .hasSizeLessThanOrEqualTo(25);
        assertThat(RichText.excerpt("Anticonstitutionnellement", 10)).isEqualTo("Anticonst…");
        assertThat(RichText.excerpt(null, 10)).isNull();
    }
}
