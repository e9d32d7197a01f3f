package fr.maillage.account.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.ApiToken;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.UserAccount;
import fr.maillage.testing.MaillageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The "Jetons d'API" section of the profile page.
 */
@MaillageTest
@Tag("database")
class ProfileApiTokensTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    UserDetailsService userDetails;

    ApiFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(accounts, tokens);
    }

    @Test
    void the_profile_page_offers_to_create_a_token_when_there_is_none() throws Exception {
        UserAccount bea = fixtures.user("Béatrice Vide");

        mvc.perform(get("/compte").with(user(login(bea))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Jetons d&#39;API")))
                .andExpect(content().string(containsString("Vous n&#39;avez aucun jeton d&#39;API.")))
                .andExpect(content().string(containsString("action=\"/compte/jetons\"")));
    }

    @Test
    void a_created_token_is_shown_once_then_listed_by_its_prefix() throws Exception {
        UserAccount cyril = fixtures.user("Cyril Créateur");

        MvcResult created = mvc.perform(post("/compte/jetons").with(user(login(cyril))).with(csrf())
                        .param("name", "Tableur du service"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/compte#jetons-api"))
                .andExpect(flash().attribute("createdTokenSecret", startsWith("mlg_")))
                .andExpect(flash().attribute("flashSuccess", "Le jeton « Tableur du service » est créé."))
                .andReturn();
        String secret = (String) created.getFlashMap().get("createdTokenSecret");
        ApiToken token = tokens.listOf(cyril.getId()).get(0);

        mvc.perform(get("/compte").with(user(login(cyril))).flashAttrs(created.getFlashMap()))
                .andExpect(content().string(containsString(secret)))
                .andExpect(content().string(containsString("Copiez ce jeton maintenant")));
        mvc.perform(get("/compte").with(user(login(cyril))))
                .andExpect(content().string(not(containsString(secret))))
                .andExpect(content().string(containsString("Tableur du service")))
                .andExpect(content().string(containsString(token.getTokenPrefix() + "…")))
                .andExpect(content().string(containsString("Jamais utilisé")));
    }

    @Test
    void a_token_without_name_shows_the_error_next_to_the_field() throws Exception {
        UserAccount dina = fixtures.user("Dina Distraite");

        mvc.perform(post("/compte/jetons").with(user(login(dina))).with(csrf()).param("name", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("tokenForm", "name"))
                .andExpect(content().string(containsString("id=\"name-erreur\"")))
                .andExpect(content().string(containsString("Indiquez le nom du jeton.")));

        assertThat(tokens.listOf(dina.getId())).isEmpty();
    }

    @Test
    void a_revoked_token_stays_listed_as_revoked_and_stops_working() throws Exception {
        UserAccount eric = fixtures.user("Éric Prudent");
        String secret = fixtures.tokenOf(eric);
        Long id = tokens.listOf(eric.getId()).get(0).getId();

        mvc.perform(get("/compte").with(user(login(eric))))
                .andExpect(content().string(containsString("data-confirm=\"Révoquer le jeton « jeton de test » ?")));
        mvc.perform(post("/compte/jetons/{id}/revocation", id).with(user(login(eric))).with(csrf()))
                .andExpect(redirectedUrl("/compte#jetons-api"))
                .andExpect(flash().attribute("flashSuccess", "Le jeton « jeton de test » est révoqué."));

        assertThat(tokens.authenticate(secret)).isEmpty();
        mvc.perform(get("/compte").with(user(login(eric))))
                .andExpect(content().string(containsString("Révoqué le")));
    }

    @Test
    void nobody_revokes_the_token_of_someone_else_from_his_profile() throws Exception {
        UserAccount owner = fixtures.user("Fanny Propriétaire");
        UserAccount other = fixtures.user("Gilles Curieux");
        String secret = fixtures.tokenOf(owner);
        Long id = tokens.listOf(owner.getId()).get(0).getId();

        mvc.perform(post("/compte/jetons/{id}/revocation", id).with(user(login(other))).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(tokens.authenticate(secret)).isPresent();
    }

    private UserDetails login(UserAccount account) {
        return userDetails.loadUserByUsername(account.getEmail());
    }
}
