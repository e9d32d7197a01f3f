package fr.maillage.account.api;

import static fr.maillage.account.api.ApiFixtures.PASSWORD;
import static fr.maillage.account.api.ApiFixtures.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import fr.maillage.account.AccountManagement;
import fr.maillage.account.ApiToken;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.UserAccount;
import fr.maillage.testing.MaillageTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@MaillageTest
@Tag("database")
class ApiTokenLifecycleTests {

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApiTokenManagement tokens;
    @Autowired
    JdbcTemplate jdbc;

    ApiFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(accounts, tokens);
    }

    @Test
    void a_token_created_with_the_password_opens_the_api_until_it_is_revoked() throws Exception {
        UserAccount alice = fixtures.user("Alice Martin");

        String created = mvc.perform(post("/api/v1/tokens").with(httpBasic(alice.getEmail(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Tableau de bord\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/tokens/")))
                .andExpect(jsonPath("$.name").value("Tableau de bord"))
                .andExpect(jsonPath("$.token").value(startsWith("mlg_")))
                .andExpect(jsonPath("$.createdAt").exists())
                .andReturn().getResponse().getContentAsString();
        String token = JsonPath.read(created, "$.token");
        Integer id = JsonPath.read(created, "$.id");
        assertThat(token).hasSize(47).matches("mlg_[A-Za-z0-9_-]{43}");

        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(alice.getEmail()))
                .andExpect(jsonPath("$.displayName").value("Alice Martin"))
                .andExpect(jsonPath("$.admin").value(false));

        mvc.perform(get("/api/v1/tokens").header("Authorization", bearer(token)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].name").value("Tableau de bord"))
                .andExpect(jsonPath("$[0].prefix").value(token.substring(0, 12)))
                .andExpect(jsonPath("$[0].active").value(true))
                .andExpect(jsonPath("$[0].token").doesNotExist());

        mvc.perform(delete("/api/v1/tokens/{id}", id).header("Authorization", bearer(token)))
                .andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.title").value("Jeton d'API refusé"))
                .andExpect(jsonPath("$.status").value(401));
        assertThat(tokens.listOf(alice.getId())).singleElement().satisfies(t -> {
            assertThat(t.isActive()).isFalse();
            assertThat(t.getRevokedAt()).isNotNull();
        });
    }

    @Test
    void only_the_fingerprint_of_a_token_is_stored() throws Exception {
        UserAccount bruno = fixtures.user("Bruno Petit");
        String token = fixtures.tokenOf(bruno);

        List<Map<String, Object>> rows = jdbc.queryForList("select * from account_api_token where user_id = ?",
                bruno.getId());

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(token));
            assertThat(row.get("token_hash")).isEqualTo(sha256(token));
            assertThat(row.get("token_prefix")).isEqualTo(token.substring(0, 12));
        });
    }

    @Test
    void the_password_only_creates_tokens_and_a_token_cannot_create_another() throws Exception {
        UserAccount chloe = fixtures.user("Chloé Bernard");
        String token = fixtures.tokenOf(chloe);

        mvc.perform(get("/api/v1/me").with(httpBasic(chloe.getEmail(), PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Jeton d'API requis"))
                .andExpect(jsonPath("$.detail").value(containsString("POST /api/v1/tokens")));
        mvc.perform(get("/api/v1/tokens").with(httpBasic(chloe.getEmail(), PASSWORD)))
                .andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/tokens/{id}", tokens.listOf(chloe.getId()).get(0).getId())
                        .with(httpBasic(chloe.getEmail(), PASSWORD)))
                .andExpect(status().isUnauthorized());

        mvc.perform(post("/api/v1/tokens").header("Authorization", bearer(token))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Successeur\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Mot de passe requis"));
        assertThat(tokens.listOf(chloe.getId())).hasSize(1);
    }

    @Test
    void callers_without_valid_credentials_get_a_french_401() throws Exception {
        UserAccount david = fixtures.user("David Leroy");

        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Authentification requise"));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer("mlg_" + "x".repeat(43))))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Jeton d'API refusé"));
        mvc.perform(get("/api/v1/me").header("Authorization", bearer("n'importe quoi")))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/tokens").with(httpBasic(david.getEmail(), "mauvais mot de passe"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Essai\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
        assertThat(tokens.listOf(david.getId())).isEmpty();
    }

    @Test
    void the_token_of_a_disabled_account_stops_working() throws Exception {
        UserAccount emma = fixtures.user("Emma Roux");
        String token = fixtures.tokenOf(emma);

        accounts.setEnabled(emma.getId(), false);

        mvc.perform(get("/api/v1/me").header("Authorization", bearer(token)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void users_revoke_their_own_tokens_and_administrators_any() throws Exception {
        UserAccount farid = fixtures.user("Farid Haddad");
        UserAccount gaelle = fixtures.user("Gaëlle Moreau");
        UserAccount admin = fixtures.admin("Hélène Admin");
        fixtures.tokenOf(farid);
        Long faridTokenId = tokens.listOf(farid.getId()).get(0).getId();

        mvc.perform(delete("/api/v1/tokens/{id}", faridTokenId).header("Authorization", bearer(fixtures.tokenOf(gaelle))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Ressource introuvable"));
        assertThat(tokens.listOf(farid.getId()).get(0).isActive()).isTrue();

        mvc.perform(delete("/api/v1/tokens/{id}", faridTokenId).header("Authorization", bearer(fixtures.tokenOf(admin))))
                .andExpect(status().isNoContent());
        assertThat(tokens.listOf(farid.getId()).get(0).isActive()).isFalse();
    }

    @Test
    void a_user_must_choose_his_own_password_before_creating_a_token() throws Exception {
        UserAccount provisioned = accounts.createUser("ines.provisionnee@ville.test", "Inès Provisionnée",
                "mot de passe initial", false);

        mvc.perform(post("/api/v1/tokens").with(httpBasic(provisioned.getEmail(), "mot de passe initial"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Script\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("Choisissez d'abord votre propre mot de passe")));
        assertThat(tokens.listOf(provisioned.getId())).isEmpty();
    }

    @Test
    void a_token_without_name_is_refused_with_the_field_in_error() throws Exception {
        UserAccount jules = fixtures.user("Jules Garnier");

        mvc.perform(post("/api/v1/tokens").with(httpBasic(jules.getEmail(), PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.title").value("Données invalides"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value("Indiquez le nom du jeton."));
        assertThat(tokens.listOf(jules.getId())).isEmpty();
    }

    @Test
    void the_last_use_is_recorded_at_most_once_a_minute() {
        UserAccount karim = fixtures.user("Karim Benali");
        String token = fixtures.tokenOf(karim);

        assertThat(tokens.authenticate(token)).hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(karim.getId()));
        ApiToken afterFirstUse = tokens.listOf(karim.getId()).get(0);
        assertThat(tokens.authenticate(token)).isPresent();
        ApiToken afterSecondUse = tokens.listOf(karim.getId()).get(0);

        assertThat(afterFirstUse.getLastUsedAt()).isNotNull();
        assertThat(afterSecondUse.getLastUsedAt()).isEqualTo(afterFirstUse.getLastUsedAt());
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
