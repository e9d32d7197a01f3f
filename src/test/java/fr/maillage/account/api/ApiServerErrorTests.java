package fr.maillage.account.api;

import static fr.maillage.account.api.ApiFixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.maillage.account.AccountManagement;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.testing.MaillageTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An unexpected failure answers a reference number, never the cause; the log holds the cause under
 * that number.
 */
@MaillageTest
@ExtendWith(OutputCaptureExtension.class)
class ApiServerErrorTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApiTokenManagement tokens;

    @Test
    void an_unexpected_error_is_a_500_with_a_reference_found_in_the_log(CapturedOutput log) throws Exception {
        ApiFixtures fixtures = new ApiFixtures(accounts, tokens);
        String token = fixtures.tokenOf(fixtures.user("Igor Malchanceux"));

        String body = mvc.perform(get("/api/v1/essai/panne").header("Authorization", bearer(token)))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Erreur interne"))
                .andReturn().getResponse().getContentAsString();

        String reference = JsonPath.read(body, "$.reference");
        assertThat(reference).matches("[0-9A-F]{8}");
        assertThat(body).contains("Référence : " + reference).doesNotContain("détail interne")
                .doesNotContain("IllegalStateException");
        assertThat(log.getOut()).contains("API error " + reference).contains("détail interne")
                .contains("at fr.maillage.account.api.ApiServerErrorTests$BrokenResource");
    }

    @TestConfiguration
    @Import(BrokenResource.class)
    static class BrokenResourceConfiguration {
    }

    @RestController
    static class BrokenResource {

        @GetMapping("/api/v1/essai/panne")
        String fail() {
            throw new IllegalStateException("détail interne");
        }
    }
}
