package fr.maillage.account.api;

import static fr.maillage.account.api.ApiFixtures.bearer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.testing.MaillageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Whatever the caller sends, he gets a French problem document with a 4xx status, never a stack trace.
 */
@MaillageTest
@Tag("database")
class ApiErrorsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApiTokenManagement tokens;

    String adminToken;

    @BeforeEach
    void setUp() {
        ApiFixtures fixtures = new ApiFixtures(accounts, tokens);
        adminToken = fixtures.tokenOf(fixtures.admin("Paul Admin"));
    }

    @Test
    void malformed_json_is_a_400_in_french() throws Exception {
        expectProblem(mvc.perform(post("/api/v1/users").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"a@b.fr\", ")), 400)
                .andExpect(jsonPath("$.title").value("Corps de requête JSON invalide"));
        expectProblem(mvc.perform(post("/api/v1/users").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON)), 400)
                .andExpect(jsonPath("$.title").value("Corps de requête JSON invalide"));
    }

    @Test
    void a_field_of_the_wrong_type_is_named() throws Exception {
        expectProblem(mvc.perform(post("/api/v1/users").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "a@b.fr", "displayName": "A", "password": "initial très long",
                                 "admin": "peut-être"}""")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("admin"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("true ou false attendu")));
    }

    @Test
    void a_wrong_path_parameter_is_a_400() throws Exception {
        expectProblem(mvc.perform(get("/api/v1/users/abc").header("Authorization", bearer(adminToken))), 400)
                .andExpect(jsonPath("$.detail")
                        .value("La valeur « abc » du paramètre « id » n'est pas valide : nombre entier attendu."));
    }

    @Test
    void another_content_type_than_json_is_a_415() throws Exception {
        expectProblem(mvc.perform(post("/api/v1/users").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.TEXT_PLAIN).content("bonjour")), 415)
                .andExpect(jsonPath("$.title").value("Type de contenu non pris en charge"));
    }

    @Test
    void a_method_the_address_does_not_take_is_a_405_with_the_allowed_ones() throws Exception {
        expectProblem(mvc.perform(put("/api/v1/users").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("{}")), 405)
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(jsonPath("$.title").value("Méthode non autorisée"));
    }

    @Test
    void an_unknown_address_is_a_404_in_json() throws Exception {
        expectProblem(mvc.perform(get("/api/v1/nimporte-quoi").header("Authorization", bearer(adminToken))), 404)
                .andExpect(jsonPath("$.detail").value(containsString("/v3/api-docs")));
    }

    private static ResultActions expectProblem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.type").value("about:blank"))
                .andExpect(content().string(not(containsString("Exception"))))
                .andExpect(content().string(not(containsString("\tat "))));
    }
}
