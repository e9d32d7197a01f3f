package fr.maillage.funding;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.UserAccount;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The funding API: same rights as the pages, workspaces isolated, the lifecycle enforced. */
@Tag("database")
class FundingApiTests extends FundingTestSupport {

    @Test
    void members_read_calls_applications_with_lines_and_envelopes() throws Exception {
        CallForProjects call = call(montbeliard);
        Application application = funding.createApplication(montbeliard.getId(), details(montbeliard, call.getId(),
                "Atelier parents", budget(Funder.ETAT_BOP147, "12000", Funder.CAF, "4000")), actor(pilote));
        envelopes.define(montbeliard.getId(), Funder.CAF, 2027, new java.math.BigDecimal("50000"), null, null, null,
                null);
        String api = "/api/v1/workspaces/" + montbeliard.getId();
        mvc.perform(get(api + "/calls").header("Authorization", bearer(lecteur))).andExpect(status().isOk())
                .andExpect(jsonPath("$.content[0].title").value("Appel à projets 2027"))
                .andExpect(jsonPath("$.content[0].criteria", hasSize(2)));
        mvc.perform(get(api + "/applications").header("Authorization", bearer(lecteur))).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].reference").value("2027-001"))
                .andExpect(jsonPath("$.content[0].lines", hasSize(2)))
                .andExpect(jsonPath("$.content[0].lines[0].funder").value("ETAT_BOP147"))
                .andExpect(jsonPath("$.content[0].lines[0].requested").value(12000.00));
        mvc.perform(get(api + "/envelopes").header("Authorization", bearer(lecteur))).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].funder").value("CAF"))
                .andExpect(jsonPath("$[0].remainingToGrant").value(50000.00));
        mvc.perform(get(api + "/applications/" + application.getId()).header("Authorization", bearer(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + valenciennes.getId() + "/applications/" + application.getId())
                .header("Authorization", bearer(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(api + "/applications").header("Authorization", bearer(outsider)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_transition_is_posted_and_an_illegal_one_refused_in_french() throws Exception {
        Application application = funding.createApplication(montbeliard.getId(), details(montbeliard, null,
                "Atelier parents", budget(Funder.CAF, "4000")), actor(pilote));
        String url = "/api/v1/workspaces/" + montbeliard.getId() + "/applications/" + application.getId()
                + "/transitions";
        mvc.perform(post(url).header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\":\"DEPOSE\",\"comment\":\"Déposé par API\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].status").value("DEPOSE"))
                .andExpect(jsonPath("$.transitions[0].to").value("DEPOSE"))
                .andExpect(jsonPath("$.transitions[0].comment").value("Déposé par API"))
                .andExpect(jsonPath("$.transitions[0].by").value("Claire Pilote"));
        mvc.perform(post(url).header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"target\":\"SOLDE\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value("Passage impossible de « Déposé » à « Soldé »."));
        mvc.perform(post(url).header("Authorization", bearer(lecteur)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\":\"RECEVABLE\"}")).andExpect(status().isForbidden());
    }

    @Test
    void only_platform_administrators_get_the_national_totals_and_scdl_file() throws Exception {
        UserAccount admin = users.create("Ada Admin", true);
        instructed(montbeliard, "Atelier national", Funder.CAF, "4000");
        mvc.perform(get("/api/v1/funding/national-totals").param("year", "2027").header("Authorization", bearer(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.funder == 'CAF')].requested").isNotEmpty());
        mvc.perform(get("/api/v1/funding/national-totals").param("year", "2027").header("Authorization", bearer(pilote)))
                .andExpect(status().isForbidden());
    }
}
