package fr.maillage.evaluation;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The evaluation API with the pages' rights: indicators, values (implausible ones to confirm),
 * campaigns, and "not found" for another workspace.
 */
@Tag("database")
class EvaluationApiTests extends EvaluationTestSupport {

    @Test
    void a_pilote_creates_an_indicator_and_records_values_through_the_api() throws Exception {
        String created = mvc.perform(post("/api/v1/workspaces/" + cite.getId() + "/indicators")
                        .header("Authorization", bearer(pilote)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name":"Taux d'absentéisme","unit":"POURCENTAGE","direction":"LOWER_IS_BETTER",
                                 "level":"WORKSPACE","periodicity":"ANNEE_SCOLAIRE","disaggregations":["SEXE"],
                                 "minValue":0,"maxValue":100,"targets":{"2025-2026":8.5}}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.targets['2025-2026']").value(8.5))
                .andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(created.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        mvc.perform(get("/api/v1/workspaces/" + cite.getId() + "/indicators").header("Authorization", bearer(lecteur)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == " + id + ")].targets['2025-2026']").value(hasItem(8.5)));
        String values = """
                {"indicatorId":%d,"period":"2025-2026","values":[{"value":112},{"dimension":"SEXE","category":"F","value":9.1}]}"""
                .formatted(id);
        mvc.perform(post("/api/v1/workspaces/" + cite.getId() + "/measurements").header("Authorization", bearer(pilote))
                        .contentType(MediaType.APPLICATION_JSON).content(values))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.values[0].value").value("112"));
        mvc.perform(post("/api/v1/workspaces/" + cite.getId() + "/measurements").header("Authorization", bearer(pilote))
                        .contentType(MediaType.APPLICATION_JSON).content(values.replace("112", "9.4")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].category", hasItem("F")));
        mvc.perform(get("/api/v1/workspaces/" + cite.getId() + "/measurements").param("indicator", String.valueOf(id))
                        .header("Authorization", bearer(lecteur)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(put("/api/v1/workspaces/" + cite.getId() + "/indicators/" + id).header("Authorization", bearer(pilote))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"Absentéisme","unit":"POURCENTAGE","direction":"LOWER_IS_BETTER",
                                 "level":"WORKSPACE","periodicity":"ANNEE_SCOLAIRE","version":7}"""))
                .andExpect(status().isConflict());
    }

    @Test
    void rights_and_isolation_hold_in_the_api() throws Exception {
        Indicator indicator = childrenReached(cite);
        mvc.perform(post("/api/v1/workspaces/" + cite.getId() + "/indicators").header("Authorization", bearer(contributeur))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"name":"X","unit":"NOMBRE","direction":"HIGHER_IS_BETTER","level":"WORKSPACE","periodicity":"ANNUELLE"}"""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/workspaces/" + cite.getId() + "/measurements").header("Authorization", bearer(lecteur))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"indicatorId":%d,"period":"2025-2026","values":[{"value":5}]}""".formatted(indicator.getId())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/workspaces/" + cite.getId() + "/indicators").header("Authorization", bearer(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + other.getId() + "/indicators/" + indicator.getId())
                        .header("Authorization", bearer(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + cite.getId() + "/campaigns").header("Authorization", bearer(lecteur)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(0));
    }
}
