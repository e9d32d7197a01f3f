package fr.maillage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Login, logout, throttling, password reset by e-mail and password change, as a user lives them.
 */
@MaillageTest
@Tag("database")
class AccountFlowsTests {

    private static final Pattern LINK = Pattern.compile("(http://\\S+/mot-de-passe/reinitialiser/\\S+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailOutbox outbox;

    @Test
    void a_user_logs_in_with_a_new_session_id_and_logs_out() throws Exception {
        UserAccount user = testUsers.create("Léa Dupont", false);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();
        MvcResult login = mvc.perform(post("/connexion").session(session).with(csrf())
                        .param("email", user.getEmail()).param("motDePasse", TestUsers.PASSWORD))
                .andExpect(authenticated().withUsername(user.getEmail()))
                .andExpect(redirectedUrl("/")).andReturn();
        assertThat(login.getRequest().getSession().getId()).isNotEqualTo(before);
        assertThat(accounts.get(user.getId()).getLastLoginAt()).isNotNull();

        mvc.perform(post("/deconnexion").with(csrf()).with(user(testUsers.principal(user))))
                .andExpect(redirectedUrl("/connexion?deconnecte"));
    }

    @Test
    void a_wrong_password_is_refused_with_a_french_message() throws Exception {
        UserAccount user = testUsers.create("Paul Martin", false);
        mvc.perform(formLogin("/connexion").user("email", user.getEmail()).password("motDePasse", "mauvais"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/connexion?erreur"));
        mvc.perform(get("/connexion").param("erreur", ""))
                .andExpect(content().string(containsString("Adresse e-mail ou mot de passe incorrect.")));
    }

    @Test
    void login_is_throttled_after_five_failures_even_with_the_right_password() throws Exception {
        UserAccount user = testUsers.create("Nora Benali", false);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/connexion").user("email", user.getEmail()).password("motDePasse", "faux-" + i))
                    .andExpect(redirectedUrl("/connexion?erreur"));
        }
        mvc.perform(formLogin("/connexion").user("email", user.getEmail()).password("motDePasse", TestUsers.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/connexion?bloque"));
        mvc.perform(get("/connexion").param("bloque", ""))
                .andExpect(content().string(containsString("Trop de tentatives")));
    }

    @Test
    void forms_without_csrf_token_are_refused() throws Exception {
        UserAccount user = testUsers.create("Jean Valjean", false);
        mvc.perform(post("/compte/mot-de-passe").with(user(testUsers.principal(user)))
                        .param("currentPassword", TestUsers.PASSWORD).param("password", "Nouveau-mot-de-passe")
                        .param("passwordConfirmation", "Nouveau-mot-de-passe"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_forgotten_password_is_reset_by_a_single_use_emailed_link() throws Exception {
        UserAccount user = testUsers.create("Sophie Leroy", false);
        mvc.perform(post("/mot-de-passe/oublie").with(csrf()).param("email", user.getEmail().toUpperCase()))
                .andExpect(redirectedUrl("/connexion"));
        String link = lastLinkSentTo(user.getEmail());
        String path = link.substring(link.indexOf("/mot-de-passe/"));

        mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(content().string(containsString(user.getEmail())));
        mvc.perform(post(path).with(csrf()).param("password", "Tout-nouveau-secret-42")
                        .param("passwordConfirmation", "Pas-le-meme-secret-42"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Les deux mots de passe ne sont pas identiques.")));
        mvc.perform(post(path).with(csrf()).param("password", "Tout-nouveau-secret-42")
                        .param("passwordConfirmation", "Tout-nouveau-secret-42"))
                .andExpect(redirectedUrl("/connexion"));

        mvc.perform(formLogin("/connexion").user("email", user.getEmail()).password("motDePasse", "Tout-nouveau-secret-42"))
                .andExpect(authenticated());
        mvc.perform(get(path)).andExpect(content().string(containsString("Ce lien n&#39;est plus valable")));
    }

    @Test
    void an_expired_reset_link_is_refused() throws Exception {
        UserAccount user = testUsers.create("Hugo Petit", false);
        accounts.requestPasswordReset(user.getEmail());
        String link = lastLinkSentTo(user.getEmail());
        jdbc.update("update account_password_token set expires_at = ? where user_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60)), user.getId());
        String path = link.substring(link.indexOf("/mot-de-passe/"));
        mvc.perform(post(path).with(csrf()).param("password", "Tout-nouveau-secret-42")
                        .param("passwordConfirmation", "Tout-nouveau-secret-42"))
                .andExpect(content().string(containsString("Ce lien n&#39;est plus valable")));
        mvc.perform(formLogin("/connexion").user("email", user.getEmail()).password("motDePasse", TestUsers.PASSWORD))
                .andExpect(authenticated());
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() throws Exception {
        outbox.flush();
        int before = TestInfrastructure.mail().getReceivedMessages().length;
        mvc.perform(post("/mot-de-passe/oublie").with(csrf()).param("email", "personne@nulle-part.fr"))
                .andExpect(redirectedUrl("/connexion"));
        outbox.flush();
        assertThat(TestInfrastructure.mail().getReceivedMessages()).hasSize(before);
    }

    @Test
    void a_user_changes_his_password_after_giving_the_current_one() throws Exception {
        UserAccount user = testUsers.create("Inès Garcia", false);
        AccountPrincipal me = testUsers.principal(user);
        mvc.perform(post("/compte/mot-de-passe").with(csrf()).with(user(me)).param("currentPassword", "pas-le-bon")
                        .param("password", "Encore-un-autre-secret").param("passwordConfirmation", "Encore-un-autre-secret"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le mot de passe actuel est incorrect.")));
        mvc.perform(post("/compte/mot-de-passe").with(csrf()).with(user(me)).param("currentPassword", TestUsers.PASSWORD)
                        .param("password", "Encore-un-autre-secret").param("passwordConfirmation", "Encore-un-autre-secret"))
                .andExpect(redirectedUrl("/compte"));
        mvc.perform(formLogin("/connexion").user("email", user.getEmail()).password("motDePasse", "Encore-un-autre-secret"))
                .andExpect(authenticated());
    }

    @Test
    void a_user_created_by_an_administrator_must_change_his_password_first() throws Exception {
        UserAccount admin = testUsers.create("Admin Principal", true);
        mvc.perform(post("/admin/utilisateurs/nouveau").with(csrf()).with(user(testUsers.principal(admin)))
                        .param("displayName", "Marc Durand").param("email", "marc.durand@agglo.fr")
                        .param("password", "Provisoire-123456"))
                .andExpect(redirectedUrl("/admin/utilisateurs"));
        mvc.perform(formLogin("/connexion").user("email", "marc.durand@agglo.fr").password("motDePasse", "Provisoire-123456"))
                .andExpect(redirectedUrl("/compte/mot-de-passe"));
        UserAccount marc = accounts.findByEmail("marc.durand@agglo.fr").orElseThrow();
        mvc.perform(get("/espaces").with(user(testUsers.principal(marc))))
                .andExpect(redirectedUrl("/compte/mot-de-passe"));
    }

    @Test
    void pages_carry_a_strict_content_security_policy() throws Exception {
        mvc.perform(get("/connexion"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void non_administrators_cannot_reach_the_user_administration() throws Exception {
        UserAccount user = testUsers.create("Simple Membre", false);
        mvc.perform(get("/admin/utilisateurs").with(user(testUsers.principal(user)))).andExpect(status().isForbidden());
    }

    @Test
    void the_platform_journal_records_accounts_without_their_secrets() throws Exception {
        UserAccount admin = testUsers.create("Auditrice Plateforme", true);
        UserAccount created = testUsers.create("Compte Journalisé", false);
        mvc.perform(get("/admin/journal").with(user(testUsers.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("email : " + created.getEmail())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("passwordHash"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("{bcrypt}"))));
        mvc.perform(get("/admin/journal").with(user(testUsers.principal(created)))).andExpect(status().isForbidden());
    }

    private String lastLinkSentTo(String email) throws Exception {
        outbox.flush();
        MimeMessage[] all = TestInfrastructure.mail().getReceivedMessages();
        MimeMessage last = Arrays.stream(all)
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(email);
                    } catch (Exception e) {
                        return false;
                    }
                }).reduce((a, b) -> b).orElseThrow();
        assertThat(last.getSubject()).contains("réinitialisation");
        Matcher matcher = LINK.matcher(last.getContent().toString());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void a_form_sent_without_a_valid_token_is_refused_as_an_expired_page() throws Exception {
        var user = testUsers.create("Formulaire Expiré", false);
        mvc.perform(post("/compte/mot-de-passe").with(csrf().useInvalidToken()).with(user(testUsers.principal(user))))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                        .attribute("maillageCsrfExpired", true));
        mvc.perform(get("/admin/journal").with(user(testUsers.principal(user))))
                .andExpect(status().isForbidden())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.request()
                        .attribute("maillageCsrfExpired", org.hamcrest.Matchers.nullValue()));
    }
}
