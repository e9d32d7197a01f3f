package fr.maillage.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.ApiTokenManagement;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.MergeOrganisations;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.testing.MaillageTest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search page and API as visitors, members and token holders use them, and the organisations the
 * directory publishes.
 */
@MaillageTest
@Tag("database")
class SearchPagesTests extends SearchTestSupport {

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    MergeOrganisations merge;

    @BeforeEach
    void publishContent() {
        publish("experience", a.getId(), true, "Médiation numérique au centre social",
                "Des permanences pour les démarches en ligne.", List.of("Numérique"), List.of("Bourges"), 2025);
        publish("resource", a.getId(), false, "Synthèse interne numérique", "Bilan des permanences numériques.",
                List.of("Numérique"), List.of(), 2026);
    }

    @Test
    void a_visitor_searches_public_content_from_the_search_page() throws Exception {
        mvc.perform(get("/recherche").param("q", "numériques " + marker))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Médiation <mark>numérique</mark>")))
                .andExpect(content().string(containsString("Fiche d&#39;expérience")))
                .andExpect(content().string(containsString("1 résultat")))
                .andExpect(content().string(not(containsString("Synthèse interne"))))
                .andExpect(content().string(containsString("type=experience")));
        mvc.perform(get("/recherche")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez un ou plusieurs mots")));
    }

    @Test
    void a_member_also_finds_his_workspace_s_documents_and_filters_them() throws Exception {
        mvc.perform(get("/recherche").param("q", "numérique " + marker).with(user(users.principal(memberOfA))))
                .andExpect(content().string(containsString("2 résultats")))
                .andExpect(content().string(containsString("Synthèse interne")));
        mvc.perform(get("/recherche").param("q", "numérique " + marker).param("type", "resource")
                        .with(user(users.principal(memberOfA))))
                .andExpect(content().string(containsString("1 résultat")))
                .andExpect(content().string(containsString("Ressource (retirer ce filtre)")));
        mvc.perform(get("/recherche").param("q", "numérique " + marker).with(user(users.principal(memberOfB))))
                .andExpect(content().string(containsString("1 résultat")));
    }

    @Test
    void the_api_answers_visitors_with_public_content_and_tokens_with_their_user_s() throws Exception {
        mvc.perform(get("/api/v1/search").param("q", "numérique " + marker).param("facettes", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].type").value("experience"))
                .andExpect(jsonPath("$.facets.themes[0].value").value("Numérique"));
        String token = "Bearer " + tokens.create(memberOfA.getId(), "recherche").secret();
        mvc.perform(get("/api/v1/search").param("q", "numérique " + marker).header("Authorization", token))
                .andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/search").param("q", "numérique").header("Authorization", "Bearer faux"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/search").param("q", "numérique " + marker).with(
                        org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic(memberOfA.getEmail(), fr.maillage.testing.TestUsers.PASSWORD)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void organisations_are_found_by_logged_in_users_only_and_follow_merges() throws Exception {
        Organisation kept = directory.createOrganisation(details("Maison des familles " + marker, "25388"));
        Organisation twin = directory.createOrganisation(details("Maison des familles bis " + marker, null));
        assertThat(titles("familles", Searcher.ANONYMOUS)).isEmpty();
        assertThat(titles("famille", searcher(memberOfB))).containsExactlyInAnyOrder("Maison des familles",
                "Maison des familles bis");
        SearchHit hit = search.search(new SearchRequest("montbeliard " + marker, "organisation", null, null, null),
                searcher(memberOfB), org.springframework.data.domain.PageRequest.of(0, 5)).page().getContent().get(0);
        assertThat(hit.url()).isEqualTo("/annuaire/organisations/" + kept.getId());
        merge.merge(kept.getId(), twin.getId());
        assertThat(titles("famille", searcher(memberOfB))).containsExactly("Maison des familles");
        mvc.perform(get(hit.url()).with(user(users.principal(memberOfB))))
                .andExpect(redirectedUrl("/espaces/" + b.getId() + "/annuaire/organisations/" + kept.getId()));
    }

    @Test
    void similar_records_come_as_a_fragment_for_the_record_s_page() throws Exception {
        var sheet = publish("experience", null, true, "Permanences numériques en mairie", "Démarches en ligne.",
                List.of("Numérique"), List.of(), 2024);
        mvc.perform(get("/recherche/similaires").param("type", "experience").param("id", sheet.id().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fiches similaires")))
                .andExpect(content().string(containsString("Médiation numérique au centre social " + marker)))
                .andExpect(content().string(not(containsString("Synthèse interne"))));
    }

    private static OrganisationDetails details(String name, String commune) {
        return new OrganisationDetails(name, null, OrganisationKind.ASSOCIATION, null, null, null, null, null, commune,
                Set.of(), Set.of("parentalite"), null, null, null);
    }
}
