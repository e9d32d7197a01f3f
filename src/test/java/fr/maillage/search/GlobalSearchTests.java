package fr.maillage.search;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.testing.MaillageTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/**
 * The search box over real Lucene indexing: word families, accents, typos, who sees what, facets and
 * highlighted snippets.
 */
@MaillageTest
@Tag("database")
class GlobalSearchTests extends SearchTestSupport {

    @BeforeEach
    void content() {
        publish("experience", a.getId(), true, "Soutien à la parentalité au collège",
                "Des ateliers d'éducation <script>populaire</script> pour les parents, avec le centre social.",
                List.of("Parentalité", "Éducation"), List.of("Montbéliard"), 2025);
        publish("resource", a.getId(), false, "Compte rendu du comité de pilotage",
                "Le comité valide la programmation de l'éducation et de la santé.", List.of("Éducation"),
                List.of("Montbéliard"), 2026);
        publish("watch", b.getId(), false, "Appel à projets jeunesse",
                "La préfecture lance un appel à projets pour les vacances apprenantes.", List.of("Jeunesse"),
                List.of("Bourges"), 2026);
    }

    @Test
    void a_word_finds_its_family_with_or_without_accents() {
        assertThat(titles("éducatives", Searcher.ANONYMOUS)).containsExactly("Soutien à la parentalité au collège");
        assertThat(titles("EDUCATION", searcher(memberOfA))).containsExactlyInAnyOrder(
                "Soutien à la parentalité au collège", "Compte rendu du comité de pilotage");
        assertThat(titles("college", Searcher.ANONYMOUS)).containsExactly("Soutien à la parentalité au collège");
    }

    @Test
    void a_typo_in_a_long_word_is_forgiven_but_not_in_a_short_one() {
        assertThat(titles("parentalite", Searcher.ANONYMOUS)).containsExactly("Soutien à la parentalité au collège");
        assertThat(titles("parantalité", Searcher.ANONYMOUS)).containsExactly("Soutien à la parentalité au collège");
        assertThat(titles("parentalitée", Searcher.ANONYMOUS)).containsExactly("Soutien à la parentalité au collège");
        assertThat(titles("sabté", searcher(memberOfA))).as("five letters: one typo allowed")
                .containsExactly("Compte rendu du comité de pilotage");
        assertThat(titles("randu", searcher(memberOfA))).containsExactly("Compte rendu du comité de pilotage");
        assertThat(titles("poor", searcher(memberOfB))).as("four letters: exact").isEmpty();
        assertThat(titles("pour", searcher(memberOfB))).containsExactlyInAnyOrder("Appel à projets jeunesse",
                "Soutien à la parentalité au collège");
    }

    @Test
    void each_searcher_sees_public_content_and_his_own_workspaces_only() {
        assertThat(titles("", Searcher.ANONYMOUS)).containsExactly("Soutien à la parentalité au collège");
        assertThat(titles("", searcher(memberOfA))).containsExactlyInAnyOrder("Soutien à la parentalité au collège",
                "Compte rendu du comité de pilotage");
        assertThat(titles("", searcher(memberOfB))).containsExactlyInAnyOrder("Soutien à la parentalité au collège",
                "Appel à projets jeunesse");
        assertThat(titles("comité", searcher(memberOfB))).isEmpty();
        assertThat(titles("", searcher(admin))).hasSize(3);
    }

    @Test
    void facets_count_the_results_and_filter_them() {
        SearchResults results = search.search(SearchRequest.of(marker), searcher(memberOfA), PageRequest.of(0, 20));
        assertThat(results.facets().get("type")).containsExactlyInAnyOrder(new SearchResults.Facet("experience", 1),
                new SearchResults.Facet("resource", 1));
        assertThat(results.facets().get("themes")).contains(new SearchResults.Facet("Éducation", 2),
                new SearchResults.Facet("Parentalité", 1));
        assertThat(results.facets().get("territories")).contains(new SearchResults.Facet("Montbéliard", 2));
        assertThat(results.facets().get("year")).containsExactly(new SearchResults.Facet("2026", 1),
                new SearchResults.Facet("2025", 1));
        SearchResults resources = search.search(new SearchRequest(marker, "resource", null, null, null),
                searcher(memberOfA), PageRequest.of(0, 20));
        assertThat(resources.page().getContent()).extracting(SearchHit::type).containsExactly("resource");
        assertThat(search.search(new SearchRequest(marker, null, "Parentalité", null, 2025), searcher(memberOfA),
                PageRequest.of(0, 20)).page().getTotalElements()).isEqualTo(1);
        assertThat(search.search(new SearchRequest(marker, null, null, null, 2024), searcher(memberOfA),
                PageRequest.of(0, 20)).page().getTotalElements()).isZero();
    }

    @Test
    void snippets_mark_the_words_found_and_escape_the_rest() {
        SearchHit hit = search.search(SearchRequest.of("éducatives " + marker), Searcher.ANONYMOUS,
                PageRequest.of(0, 5)).page().getContent().get(0);
        assertThat(hit.snippetHtml()).contains("éducation</mark>").contains("&lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(hit.titleHtml()).contains("<mark>" + marker + "</mark>");
        SearchHit typo = search.search(SearchRequest.of("parantalité " + marker), Searcher.ANONYMOUS,
                PageRequest.of(0, 5)).page().getContent().get(0);
        assertThat(typo.titleHtml()).contains("<mark>parentalité</mark>");
    }

    @Test
    void without_a_match_in_the_text_the_snippet_is_its_beginning() {
        publish("resource", null, true, "Guide des quartiers", "Premier paragraphe. " + "Suite du texte. ".repeat(100),
                List.of(), List.of(), null);
        SearchHit hit = search.search(SearchRequest.of("guide " + marker), Searcher.ANONYMOUS, PageRequest.of(0, 5))
                .page().getContent().get(0);
        assertThat(hit.snippetHtml()).startsWith("Premier paragraphe.").hasSizeLessThan(300);
    }

    @Test
    void a_changed_record_is_found_by_its_new_words_and_a_removed_one_no_more() {
        SearchableContentFixture fixture = new SearchableContentFixture();
        var content = publish("experience", null, true, "Jardins partagés", "Un jardin au pied des tours.", List.of(),
                List.of(), null);
        assertThat(titles("jardin", Searcher.ANONYMOUS)).containsExactly("Jardins partagés");
        publish(fixture.retitled(content, "Potagers partagés " + marker));
        assertThat(titles("potager", Searcher.ANONYMOUS)).containsExactly("Potagers partagés");
        remove(content);
        assertThat(titles("potager", Searcher.ANONYMOUS)).isEmpty();
    }

    @Test
    void similar_records_share_words_or_themes_and_respect_visibility() {
        var sheet = publish("experience", null, true, "Ateliers parents-enfants", "Parentalité et lecture.",
                List.of("Parentalité"), List.of(), 2024);
        publish("experience", a.getId(), false, "Café des parents", "Rencontres de parents.", List.of("Parentalité"),
                List.of(), 2024);
        List<SearchHit> forVisitors = search.similar("experience", sheet.id(), Searcher.ANONYMOUS, 10);
        assertThat(forVisitors).extracting(SearchHit::title).contains("Soutien à la parentalité au collège " + marker)
                .doesNotContain("Café des parents " + marker, "Ateliers parents-enfants " + marker);
        assertThat(search.similar("experience", sheet.id(), searcher(memberOfA), 10)).extracting(SearchHit::title)
                .contains("Café des parents " + marker);
    }

    /** Builds changed versions of published content. */
    static class SearchableContentFixture {
        fr.maillage.shared.search.SearchableContent retitled(fr.maillage.shared.search.SearchableContent c,
                String title) {
            return new fr.maillage.shared.search.SearchableContent(c.type(), c.id(), c.workspaceId(),
                    c.visibleToPublic(), title, c.text(), c.themes(), c.territories(), c.year(), c.url());
        }
    }
}
