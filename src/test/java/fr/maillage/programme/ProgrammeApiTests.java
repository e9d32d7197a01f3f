package fr.maillage.programme;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The programme API with the same rights as the pages, and French problem documents.
 */
@Tag("database")
class ProgrammeApiTests extends ProgrammeTestSupport {

    @Test
    void a_pilote_creates_reads_filters_and_updates_actions() throws Exception {
        Objective[] tree = smallTree(montbeliard);
        String url = "/api/v1/workspaces/" + montbeliard.getId() + "/actions";
        String created = mvc.perform(post(url).header("Authorization", bearer(pilote))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"Permanences d'accès aux droits","carrierId":%d,
                                 "partners":[{"organisationId":%d,"role":"Accueil"}],"objectiveIds":[%d],
                                 "ageBands":["ADULTES","SENIORS"],"qpvCodes":["QN02502M"],"status":"EN_COURS",
                                 "year":2027,"budget":15000.5,"startDate":"2027-01-01","endDate":"2027-12-31",
                                 "referentUserId":%d}""".formatted(centreSocial.getId(), college.getId(),
                                tree[1].getId(), contributeur.getId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.budget").value(15000.50))
                .andExpect(jsonPath("$.partners[0].role").value("Accueil"))
                .andExpect(jsonPath("$.referentUserId").value(contributeur.getId()))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(get(url).param("year", "2027").param("objectiveId", tree[0].getId().toString())
                        .param("qpv", "QN02502M").header("Authorization", bearer(lecteur)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].title").value("Permanences d'accès aux droits"));
        mvc.perform(get(url).param("status", "REALISEE").header("Authorization", bearer(lecteur)))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(put(url + "/" + id).header("Authorization", bearer(contributeur))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"Permanences juridiques","carrierId":%d,"status":"REALISEE","year":2027,
                                 "referentUserId":%d,"version":0}""".formatted(centreSocial.getId(), lecteur.getId())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Permanences juridiques"))
                .andExpect(jsonPath("$.referentUserId").value(contributeur.getId()));
        mvc.perform(put(url + "/" + id).header("Authorization", bearer(pilote))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"Perdu","carrierId":%d,"year":2027,"version":0}""".formatted(centreSocial.getId())))
                .andExpect(status().isConflict());
        mvc.perform(get("/api/v1/workspaces/" + montbeliard.getId() + "/strategy").header("Authorization", bearer(lecteur)))
                .andExpect(jsonPath("$[0].title").value("Cohésion sociale"))
                .andExpect(jsonPath("$[0].objectives[1].level").value("OPERATIONAL"));
    }

    @Test
    void workspace_b_cannot_read_or_write_the_actions_of_workspace_a() throws Exception {
        Action action = programme.createAction(montbeliard.getId(),
                ActionDraft.of("Médiation de nuit", centreSocial.getId(), 2027));
        String url = "/api/v1/workspaces/" + montbeliard.getId() + "/actions";
        mvc.perform(get(url).header("Authorization", bearer(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(url + "/" + action.getId()).header("Authorization", bearer(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + bourges.getId() + "/actions/" + action.getId())
                .header("Authorization", bearer(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + bourges.getId() + "/actions").header("Authorization", bearer(outsider)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(post(url).header("Authorization", bearer(outsider)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Intrusion\",\"carrierId\":%d,\"year\":2027}".formatted(centreSocial.getId())))
                .andExpect(status().isNotFound());
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
    }

    @Test
    void lecteurs_do_not_write_and_contributeurs_only_change_their_actions() throws Exception {
        Action theirs = programme.createAction(montbeliard.getId(),
                ActionDraft.of("Chantier éducatif", centreSocial.getId(), 2027).withReferent(pilote.getId()));
        String url = "/api/v1/workspaces/" + montbeliard.getId() + "/actions";
        mvc.perform(post(url).header("Authorization", bearer(lecteur)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Non\",\"carrierId\":%d,\"year\":2027}".formatted(centreSocial.getId())))
                .andExpect(status().isForbidden());
        mvc.perform(put(url + "/" + theirs.getId()).header("Authorization", bearer(contributeur))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Non\",\"carrierId\":%d,\"year\":2027,\"version\":0}"
                                .formatted(centreSocial.getId())))
                .andExpect(status().isForbidden());
    }

    @Test
    void invalid_actions_get_french_field_errors() throws Exception {
        String url = "/api/v1/workspaces/" + montbeliard.getId() + "/actions";
        mvc.perform(post(url).header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title":"Dates inversées","carrierId":%d,"year":2027,"startDate":"2027-06-01",
                                 "endDate":"2027-01-01","qpvCodes":["QN02101M"],"budget":-5}""".formatted(centreSocial.getId())))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("endDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("qpvCodes")))
                .andExpect(jsonPath("$.errors[*].message",
                        hasItem("La date de fin doit être postérieure ou égale à la date de début.")));
        mvc.perform(post(url).header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"\",\"year\":2027}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem("Indiquez l'intitulé de l'action.")));
    }
}
