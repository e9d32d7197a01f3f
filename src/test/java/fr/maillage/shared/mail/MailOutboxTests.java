package fr.maillage.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.Mails;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestInfrastructure;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail), and against one that cannot be reached. */
@MaillageTest
@Tag("database")
class MailOutboxTests {

    @Autowired
    MailOutbox outbox;
    @Autowired
    QueuedMails mails;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    LockingTaskExecutor locks;
    @Autowired
    MaillageProperties properties;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void more_mails_than_one_connection_carries_all_arrive_once() {
        String category = "test-many-" + System.nanoTime();
        int count = MailOutbox.MAILS_PER_CONNECTION * 2 + 7;
        for (int i = 0; i < count; i++) {
            outbox.enqueue(OutgoingMail.text("lecteur" + i + "." + category + "@exemple.fr", "Lettre n° " + i,
                    "Bonjour.", category, "1"));
        }

        outbox.flush();

        List<String> recipients = Arrays.stream(TestInfrastructure.mail().getReceivedMessages())
                .map(MailOutboxTests::recipient).filter(to -> to.contains(category)).toList();
        assertThat(recipients).hasSize(count).doesNotHaveDuplicates();
        assertThat(outbox.counts(category, "1")).isEqualTo(new MailCounts(0, count, 0));
    }

    @Test
    void a_malformed_address_fails_alone_and_is_retried_later() {
        String category = "test-malformed-" + System.nanoTime();
        outbox.enqueue(OutgoingMail.text("avant." + category + "@exemple.fr", "Avant", "Bonjour.", category, "1"));
        outbox.enqueue(OutgoingMail.text("jean dupont@@exemple", "Adresse fausse", "Bonjour.", category, "1"));
        outbox.enqueue(OutgoingMail.text("apres." + category + "@exemple.fr", "Après", "Bonjour.", category, "1"));

        outbox.flush();

        assertThat(outbox.counts(category, "1")).isEqualTo(new MailCounts(1, 2, 0));
        QueuedMail malformed = mails(category).stream().filter(m -> m.getStatus() == MailStatus.PENDING)
                .findFirst().orElseThrow();
        assertThat(malformed.getRecipient()).isEqualTo("jean dupont@@exemple");
        assertThat(malformed.getAttempts()).isEqualTo(1);
        assertThat(malformed.getLastError()).isNotBlank();
        assertThat(malformed.getNextAttemptAt()).isAfter(Instant.now());
    }

    @Test
    void when_the_smtp_server_is_down_nothing_is_lost_and_the_error_is_kept() throws Exception {
        outbox.flush();
        String category = "test-down-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            outbox.enqueue(OutgoingMail.text("lecteur" + i + "." + category + "@exemple.fr", "Lettre", "Bonjour.",
                    category, "1"));
        }
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(closedPort());
        MailOutbox down = new MailOutbox(mails, new Mails(unreachable, properties), transaction, locks,
                new MailServerStatus(unreachable), 200, 0);

        assertThat(down.flush()).isZero();

        assertThat(outbox.counts(category, "1")).isEqualTo(new MailCounts(3, 0, 0));
        assertThat(mails(category)).allSatisfy(m -> {
            assertThat(m.getAttempts()).isEqualTo(1);
            assertThat(m.getLastError()).isNotBlank();
            assertThat(m.getNextAttemptAt()).isAfter(Instant.now());
        });
        // The server back, the mails wait for their next attempt, then go.
        assertThat(outbox.flush()).isZero();
        jdbc.update("update shared_mail_outbox set next_attempt_at = ? where category = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), category);
        outbox.flush();
        assertThat(outbox.counts(category, "1")).isEqualTo(new MailCounts(0, 3, 0));
    }

    private List<QueuedMail> mails(String category) {
        return outbox.list(category, "1", PageRequest.of(0, 50)).getContent();
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
