package fr.maillage.directory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The directory API with the same rights as the pages, and French problem documents.
 */
@Tag("database")
class DirectoryApiTests extends DirectoryTestSupport {

    @Test
    void a_contributeur_creates_and_updates_an_organisation() throws Exception {
        String body = """
                {"name":"Association Oasis %s","kind":"ASSOCIATION","siret":"55210055400013","communeCode":"25388",
                 "themeCodes":["sport"],"qpvCodes":[]}""".formatted(System.nanoTime());
        String created = mvc.perform(post("/api/v1/organisations").header("Authorization", bearer(contributeur))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.siret").value("55210055400013"))
                .andExpect(jsonPath("$.themeCodes[0]").value("sport"))
                .andExpect(jsonPath("$.epciCode").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(put("/api/v1/organisations/" + id).header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Association Oasis\",\"kind\":\"ASSOCIATION\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Association Oasis"));
        mvc.perform(put("/api/v1/organisations/" + id).header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Encore\",\"kind\":\"ASSOCIATION\",\"version\":0}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflit"));
        mvc.perform(get("/api/v1/organisations").param("q", "oasis").header("Authorization", bearer(lecteur)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].name", hasItem("Association Oasis")));
    }

    @Test
    void invalid_organisations_get_french_field_errors() throws Exception {
        mvc.perform(post("/api/v1/organisations").header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"X\",\"kind\":\"ASSOCIATION\",\"siret\":\"12345678901234\",\"rna\":\"123\",\"communeCode\":\"99999\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("siret")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("rna")))
                .andExpect(jsonPath("$.errors[*].message", hasItem(containsString("aucune commune"))));
        mvc.perform(post("/api/v1/organisations").header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].message", hasItem("Indiquez le nom de l'organisation.")));
    }

    @Test
    void lecteurs_and_people_without_a_workspace_do_not_write_organisations() throws Exception {
        var loner = users.create("Sam Seul", false);
        String body = "{\"name\":\"Tentative\",\"kind\":\"AUTRE\"}";
        mvc.perform(post("/api/v1/organisations").header("Authorization", bearer(lecteur)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations").header("Authorization", bearer(loner))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/organisations")).andExpect(status().isUnauthorized());
    }

    @Test
    void contacts_stay_inside_their_workspace() throws Exception {
        Organisation asso = organisation("Amicale des locataires", OrganisationKind.ASSOCIATION, "25388", Set.of());
        String url = "/api/v1/workspaces/" + montbeliard.getId() + "/contacts";
        String created = mvc.perform(post(url).header("Authorization", bearer(contributeur)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"firstName":"Inès","lastName":"Confidentielle","legalBasis":"CONSENTEMENT",
                                 "consentDate":"2026-01-15","organisations":[{"organisationId":%d,"role":"Trésorière"}]}
                                """.formatted(asso.getId())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisations[0].role").value("Trésorière"))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
        mvc.perform(get(url + "/" + id).header("Authorization", bearer(lecteur))).andExpect(status().isOk());
        mvc.perform(get(url).header("Authorization", bearer(lecteur)))
                .andExpect(jsonPath("$.items[*].lastName", hasItem("Confidentielle")));
        for (var request : List.of(get(url + "/" + id), get(url), delete(url + "/" + id),
                put(url + "/" + id).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"X\",\"lastName\":\"Y\",\"legalBasis\":\"MISSION_INTERET_PUBLIC\",\"version\":0}"))) {
            mvc.perform(request.header("Authorization", bearer(outsider))).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString("Confidentielle"))));
        }
        String otherUrl = "/api/v1/workspaces/" + bourges.getId() + "/contacts";
        mvc.perform(get(otherUrl + "/" + id).header("Authorization", bearer(outsider))).andExpect(status().isNotFound());
        mvc.perform(get(otherUrl).header("Authorization", bearer(outsider)))
                .andExpect(content().string(not(containsString("Confidentielle"))));
        mvc.perform(delete(url + "/" + id).header("Authorization", bearer(lecteur))).andExpect(status().isForbidden());
        mvc.perform(post(url).header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"firstName\":\"A\",\"lastName\":\"B\",\"legalBasis\":\"CONSENTEMENT\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("date")));
        mvc.perform(delete(url + "/" + id).header("Authorization", bearer(pilote))).andExpect(status().isNoContent());
        mvc.perform(get(url + "/" + id).header("Authorization", bearer(pilote))).andExpect(status().isNotFound());
    }
}
