package fr.maillage.account.api;

import static fr.maillage.account.api.ApiFixtures.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.testing.MaillageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What operators and integrators reach besides the resources: the OpenAPI document, health and metrics.
 */
@MaillageTest
class ApiPlatformTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApiTokenManagement tokens;

    ApiFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(accounts, tokens);
    }

    @Test
    void the_openapi_document_describes_the_api_in_french_with_its_bearer_scheme() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.info.title").value("API Maillage"))
                .andExpect(jsonPath("$.info.description").value(containsString("politique de la ville")))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get.summary").value("L'utilisateur qui appelle"))
                .andExpect(jsonPath("$.paths['/api/v1/workspaces/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post.security[0].motDePasse").exists())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/workspaces/{id}'].get.responses['404'].content['application/problem+json']").exists())
                .andExpect(jsonPath("$.components.schemas.ApiProblem.properties.errors").exists())
                .andExpect(jsonPath("$.components.securitySchemes.jeton.scheme").value("bearer"));
    }

    @Test
    void the_browsable_documentation_is_served() throws Exception {
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void health_is_public_and_tells_nothing_more_than_up() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist())
                .andExpect(jsonPath("$.details").doesNotExist());
    }

    @Test
    void metrics_are_for_administrators_with_a_token() throws Exception {
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(fixtures.tokenOf(fixtures.user("Quentin Simple")))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").header("Authorization", bearer(fixtures.tokenOf(fixtures.admin("Rose Admin")))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory")));
    }
}
