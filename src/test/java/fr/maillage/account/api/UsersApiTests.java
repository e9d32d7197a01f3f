package fr.maillage.account.api;

import static fr.maillage.account.api.ApiFixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

@MaillageTest
@Tag("database")
class UsersApiTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApiTokenManagement tokens;

    ApiFixtures fixtures;
    String adminToken;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(accounts, tokens);
        adminToken = fixtures.tokenOf(fixtures.admin("Anne Admin"));
    }

    @Test
    void an_administrator_provisions_a_user_who_must_change_his_password() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "Lucie.Fabre@Ville.test", "displayName": "Lucie Fabre",
                                 "password": "initial très long"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/v1/users/")))
                .andExpect(jsonPath("$.email").value("lucie.fabre@ville.test"))
                .andExpect(jsonPath("$.displayName").value("Lucie Fabre"))
                .andExpect(jsonPath("$.admin").value(false))
                .andExpect(jsonPath("$.mustChangePassword").value(true))
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("initial très long"))));

        assertThat(accounts.findByEmail("lucie.fabre@ville.test"))
                .hasValueSatisfying(u -> assertThat(u.isMustChangePassword()).isTrue());
    }

    @Test
    void a_second_account_for_the_same_address_is_a_conflict() throws Exception {
        String body = """
                {"email": "marc.doublon@ville.test", "displayName": "Marc", "password": "initial très long"}""";
        mvc.perform(post("/api/v1/users").header("Authorization", bearer(adminToken))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());

        mvc.perform(post("/api/v1/users").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("marc.doublon", "MARC.doublon")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Un compte existe déjà pour l'adresse marc.doublon@ville.test."));
    }

    @Test
    void a_non_administrator_cannot_provision_users() throws Exception {
        String token = fixtures.tokenOf(fixtures.user("Nina Simple"));

        mvc.perform(post("/api/v1/users").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "intrus@ville.test", "displayName": "Intrus", "password": "initial très long",
                                 "admin": true}"""))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Accès refusé"));

        assertThat(accounts.findByEmail("intrus@ville.test")).isEmpty();
    }

    @Test
    void invalid_fields_are_listed_in_french() throws Exception {
        mvc.perform(post("/api/v1/users").header("Authorization", bearer(adminToken))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"email": "pas-une-adresse", "displayName": "", "password": "court"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Données invalides"))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("email", "displayName", "password")))
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message")
                        .value("Le mot de passe doit contenir entre 12 et 200 caractères."))
                .andExpect(jsonPath("$.errors[?(@.field == 'email')].message")
                        .value("Cette adresse e-mail n'est pas valide (exemple : prenom.nom@ville.fr)."));
        assertThat(accounts.findByEmail("pas-une-adresse")).isEmpty();
    }

    @Test
    void administrators_read_a_user_and_an_unknown_one_is_not_found() throws Exception {
        Long id = fixtures.user("Olivier Lu").getId();

        mvc.perform(get("/api/v1/users/{id}", id).header("Authorization", bearer(adminToken)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.displayName").value("Olivier Lu"));
        mvc.perform(get("/api/v1/users/{id}", 987654).header("Authorization", bearer(adminToken)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("La ressource demandée n'existe pas ou vous n'y avez pas accès."));
    }
}
