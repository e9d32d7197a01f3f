package fr.maillage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.testing.MaillageTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * First run: while no user exists every page leads to the setup, which creates the first
 * administrator and then disappears. Runs in its own context, hence its own empty database.
 */
@MaillageTest
@Tag("database")
@TestPropertySource(properties = "maillage.test.context=setup")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SetupTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccounts users;

    @Test
    @Order(1)
    void an_empty_platform_sends_every_page_to_the_setup() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/setup"));
        mvc.perform(get("/setup")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Première installation")));
    }

    @Test
    @Order(2)
    void bad_input_is_refused_next_to_the_field_and_nothing_is_created() throws Exception {
        mvc.perform(post("/setup").with(csrf()).param("displayName", "").param("email", "pas-une-adresse")
                        .param("password", "court").param("passwordConfirmation", "court"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Cette adresse e-mail n&#39;est pas valide")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("entre 12 et 200 caractères")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Indiquez le nom et le prénom")));
        assertThat(users.count()).isZero();
    }

    @Test
    @Order(3)
    void the_setup_creates_the_administrator_then_is_unreachable() throws Exception {
        mvc.perform(post("/setup").with(csrf()).param("displayName", "Camille Martin")
                        .param("email", "Camille.Martin@Ville.fr").param("password", "Un-mot-de-passe-solide")
                        .param("passwordConfirmation", "Un-mot-de-passe-solide"))
                .andExpect(redirectedUrl("/connexion"));
        UserAccount admin = users.findByEmail("camille.martin@ville.fr").orElseThrow();
        assertThat(admin.isAdmin()).isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain("Un-mot-de-passe-solide");

        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(post("/setup").with(csrf()).param("displayName", "Intrus").param("email", "intrus@x.fr")
                .param("password", "Un-mot-de-passe-solide").param("passwordConfirmation", "Un-mot-de-passe-solide"))
                .andExpect(status().isNotFound());
        assertThat(users.count()).isEqualTo(1);
        mvc.perform(get("/")).andExpect(status().isOk());
    }
}
