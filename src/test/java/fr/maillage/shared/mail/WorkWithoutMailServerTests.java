package fr.maillage.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import fr.maillage.account.UserAccount;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceType;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A platform whose mail server is down (a fresh install with the default SMTP address, say): the
 * administrator still builds his team, people still ask for their password, and every e-mail
 * arrives once the server answers. The application's own SMTP client is pointed at a port where
 * a GreenMail server is started only half-way through the test.
 */
@MaillageTest
@Tag("database")
class WorkWithoutMailServerTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    WorkspaceManagement workspaces;
    @Autowired
    MailOutbox outbox;
    @Autowired
    JavaMailSenderImpl sender;
    @Autowired
    JdbcTemplate jdbc;

    private String host;
    private int port;
    private GreenMail later;

    @BeforeEach
    void serverDown() throws Exception {
        outbox.flush();
        host = sender.getHost();
        port = sender.getPort();
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        later = new GreenMail(new ServerSetup(closed, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        sender.setHost("127.0.0.1");
        sender.setPort(closed);
    }

    @AfterEach
    void serverBack() {
        sender.setHost(host);
        sender.setPort(port);
        later.stop();
    }

    @Test
    void the_administrator_adds_members_while_the_server_is_down_and_the_mails_arrive_when_it_is_up()
            throws Exception {
        UserAccount admin = users.create("Admin Sans Serveur", true);
        UserAccount existing = users.create("Paul Existant", false);
        Long workspace = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville sans courriel", null,
                null, null).getId();

        mvc.perform(post("/espaces/" + workspace + "/membres/inviter").with(csrf()).with(user(users.principal(admin)))
                        .param("email", existing.getEmail()).param("displayName", "Paul Existant")
                        .param("role", "PILOTE"))
                .andExpect(redirectedUrl("/espaces/" + workspace + "/membres"))
                .andExpect(flash().attribute("flashSuccess", containsString("mis en file d'attente")));
        mvc.perform(post("/espaces/" + workspace + "/membres/inviter").with(csrf()).with(user(users.principal(admin)))
                        .param("email", "nouvelle.venue@asso-sans-courriel.fr").param("displayName", "Nina Venue")
                        .param("role", "CONTRIBUTEUR"))
                .andExpect(redirectedUrl("/espaces/" + workspace + "/membres"));
        mvc.perform(post("/mot-de-passe/oublie").with(csrf()).param("email", existing.getEmail()))
                .andExpect(redirectedUrl("/connexion"));

        assertThat(workspaces.members(workspace)).extracting(m -> m.user().getEmail())
                .containsExactlyInAnyOrder(existing.getEmail(), "nouvelle.venue@asso-sans-courriel.fr");
        assertThat(outbox.flush()).isZero();
        mvc.perform(get("/admin/courriels").param("statut", "PENDING").with(user(users.principal(admin))))
                .andExpect(content().string(containsString("Le serveur de courriel ne répond pas")))
                .andExpect(content().string(containsString("Invitation à l&#39;espace « Contrat de ville sans courriel »")));
        mvc.perform(post("/admin/courriels/verifier").with(csrf()).with(user(users.principal(admin))))
                .andExpect(flash().attribute("flashError", containsString("Le serveur de courriel ne répond pas")));

        later.start();
        jdbc.update("update shared_mail_outbox set next_attempt_at = ? where status = 'PENDING'",
                Timestamp.from(Instant.now().minusSeconds(1)));
        outbox.flush();

        List<String> received = Arrays.stream(later.getReceivedMessages()).map(WorkWithoutMailServerTests::line)
                .toList();
        assertThat(received).containsExactlyInAnyOrder(
                existing.getEmail() + " | Invitation à l'espace « Contrat de ville sans courriel » sur Maillage",
                "nouvelle.venue@asso-sans-courriel.fr | Invitation à l'espace « Contrat de ville sans courriel » sur Maillage",
                existing.getEmail() + " | Maillage : réinitialisation de votre mot de passe");
        mvc.perform(get("/admin/courriels").with(user(users.principal(admin))))
                .andExpect(content().string(containsString("Le serveur de courriel répond")));
    }

    private static String line(MimeMessage message) {
        try {
            return message.getAllRecipients()[0] + " | " + message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
