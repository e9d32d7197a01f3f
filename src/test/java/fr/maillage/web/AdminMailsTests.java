package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.UserAccount;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestUsers;
import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@MaillageTest
class AdminMailsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers testUsers;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administrators_see_failed_mails_and_put_them_back_in_the_queue() throws Exception {
        UserAccount admin = testUsers.create("Admin Courriels", true);
        UserAccount someone = testUsers.create("Quelqu'un", false);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("insert into shared_mail_outbox (category, reference, recipient, subject, body_text, status, attempts, "
                + "next_attempt_at, last_error, created_at) values ('test', '1', 'absent@example.org', "
                + "'Convocation refusée', 'x', 'FAILED', 5, ?, '550 Mailbox unavailable', ?)", now, now);
        Long id = jdbc.queryForObject("select max(id) from shared_mail_outbox where subject = 'Convocation refusée'",
                Long.class);

        mvc.perform(get("/admin/courriels").with(user(testUsers.principal(admin))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Convocation refusée")))
                .andExpect(content().string(containsString("550 Mailbox unavailable")));
        mvc.perform(get("/admin/courriels").with(user(testUsers.principal(someone)))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/courriels/{id}/renvoyer", id).with(csrf()).with(user(testUsers.principal(admin))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from shared_mail_outbox where id = ?", String.class, id))
                .isIn("PENDING", "SENT"); // the sending job may already have taken it
    }
}
