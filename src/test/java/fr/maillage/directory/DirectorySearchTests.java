package fr.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/**
 * Searching the directory as people type: French stemming, accents and case ignored, facets and
 * filters, pagination, and contacts limited to the searching workspace.
 */
@Tag("database")
class DirectorySearchTests extends DirectoryTestSupport {

    @Autowired
    DirectorySearch search;

    String marker;

    @BeforeEach
    void organisations() {
        marker = "Zq" + System.nanoTime();
        organisation("Programme d'éducation populaire " + marker, OrganisationKind.ASSOCIATION, "25388",
                Set.of("education", "jeunesse"));
        Organisation caf = directory.createOrganisation(new OrganisationDetails("Caisse d'allocations familiales "
                + marker, "CAF", OrganisationKind.CAF, null, null, null, null, null, "25056", Set.of(),
                Set.of("parentalite"), null, null, null));
        organisation("Collège Lou Blazer " + marker, OrganisationKind.AUTRE, "18033",
                Set.of("education"));
        directory.writeNote(montbeliard.getId(), caf.getId(), -1, null, null, List.of("Financeur"));
    }

    private List<String> names(OrganisationFilters filters) {
        return search.organisations(filters, montbeliard.getId(), PageRequest.of(0, 20)).page().getContent().stream()
                .map(Organisation::getName).filter(n -> n.endsWith(marker)).toList();
    }

    @Test
    void a_stemmed_word_finds_its_family_and_accents_do_not_matter() {
        assertThat(names(OrganisationFilters.text("éducatives " + marker))).containsExactly(
                "Programme d'éducation populaire " + marker);
        assertThat(names(OrganisationFilters.text("EDUCATION " + marker))).hasSize(1);
        assertThat(names(OrganisationFilters.text("caf " + marker))).containsExactly(
                "Caisse d'allocations familiales " + marker);
        assertThat(names(OrganisationFilters.text("college lou " + marker))).hasSize(1);
    }

    @Test
    void filters_and_facets_narrow_the_results() {
        var all = search.organisations(OrganisationFilters.text(marker), montbeliard.getId(), PageRequest.of(0, 20));
        assertThat(all.page().getTotalElements()).isEqualTo(3);
        assertThat(all.facets().get("themes")).contains(new DirectorySearch.Facet("education", 2));
        assertThat(all.facets().get("kind")).contains(new DirectorySearch.Facet("CAF", 1));
        assertThat(all.facets().get("commune")).contains(new DirectorySearch.Facet("25388", 1));
        assertThat(names(new OrganisationFilters(marker, null, "education", null, null, null, null))).hasSize(2);
        assertThat(names(new OrganisationFilters(marker, OrganisationKind.CAF, null, null, null, null, null)))
                .hasSize(1);
        assertThat(names(new OrganisationFilters(marker, null, null, "18033", null, null, null))).hasSize(1);
        String epciOfMontbeliard = all.page().getContent().stream().filter(o -> "25388".equals(o.getCommuneCode()))
                .findFirst().orElseThrow().getEpciCode();
        assertThat(names(new OrganisationFilters(marker, null, null, null, epciOfMontbeliard, null, null)))
                .contains("Programme d'éducation populaire " + marker)
                .doesNotContain("Collège Lou Blazer " + marker);
        assertThat(names(new OrganisationFilters(marker, null, null, null, null, null, "financeur")))
                .containsExactly("Caisse d'allocations familiales " + marker);
        assertThat(search.organisations(new OrganisationFilters(marker, null, null, null, null, null, "financeur"),
                bourges.getId(), PageRequest.of(0, 20)).page().getContent()).as("tags belong to one workspace")
                .isEmpty();
    }

    @Test
    void the_search_page_shows_facets_and_answers_htmx_with_the_results_only() throws Exception {
        mvc.perform(get(base(montbeliard)).param("q", "éducatives " + marker).with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Programme d&#39;éducation populaire")))
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:300ms, search\"")))
                .andExpect(content().string(containsString("Association (1)")))
                .andExpect(content().string(containsString("Éducation (1)")));
        mvc.perform(get(base(montbeliard)).param("q", marker).param("kind", "CAF").header("HX-Request", "true")
                        .with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Caisse d&#39;allocations familiales")))
                .andExpect(content().string(not(containsString("Collège Lou Blazer"))))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void results_come_twenty_per_page() {
        for (int i = 0; i < 22; i++) {
            organisation("Association numéro " + i + " " + marker, OrganisationKind.ASSOCIATION, null, Set.of());
        }
        var first = search.organisations(OrganisationFilters.text(marker), montbeliard.getId(), PageRequest.of(0, 20));
        assertThat(first.page().getContent()).hasSize(20);
        assertThat(first.page().getTotalElements()).isEqualTo(25);
        assertThat(first.page().getTotalPages()).isEqualTo(2);
    }

    @Test
    void contacts_are_searched_within_the_workspace_only() {
        directory.createContact(montbeliard.getId(), new ContactDetails("Hélène", "Durand" + marker,
                "Coordinatrice éducative", null, null, LegalBasis.MISSION_INTERET_PUBLIC, null, null, List.of()));
        directory.createContact(bourges.getId(), new ContactDetails("Hélène", "Martin" + marker, null, null, null,
                LegalBasis.MISSION_INTERET_PUBLIC, null, null, List.of()));
        assertThat(search.contacts(montbeliard.getId(), "helene", PageRequest.of(0, 20)).getContent())
                .extracting(Contact::getLastName).contains("Durand" + marker).doesNotContain("Martin" + marker);
        assertThat(search.contacts(montbeliard.getId(), "éducation", PageRequest.of(0, 20)).getContent())
                .extracting(Contact::getLastName).contains("Durand" + marker);
    }
}
