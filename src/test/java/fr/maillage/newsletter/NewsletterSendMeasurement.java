package fr.maillage.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestInfrastructure;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (its name does not end in "Tests", the build does not run it): the measurement of an
 * issue sent to many subscribers through a real SMTP server (the tests' GreenMail, in process).
 * Run it alone: {@code ./mvnw -o test -Dtest=NewsletterSendMeasurement -Dnewsletter.subscribers=20000}.
 * It prints the time to queue the e-mails (deliveries and outbox rows), the time the outbox takes to
 * hand them to SMTP without its rate limit, and the heap; {@code -Dnewsletter.smtp=false} stops after the
 * queuing.
 */
@MaillageTest
class NewsletterSendMeasurement extends NewsletterTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void an_issue_to_many_subscribers() throws Exception {
        int count = Integer.getInteger("newsletter.subscribers", 20_000);
        Instant consent = Instant.now().minusSeconds(3600);
        long t0 = System.nanoTime();
        jdbc.batchUpdate("insert into newsletter_subscriber (newsletter_id, email, status, consent_at, confirmed_at, "
                + "created_at, version) values (?, ?, 'CONFIRMED', ?, ?, ?, 0)", new org.springframework.jdbc.core
                .BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(java.sql.PreparedStatement ps, int i) throws java.sql.SQLException {
                        ps.setLong(1, newsletter.getId());
                        ps.setString(2, "abonne" + i + "." + marker + "@exemple.fr");
                        java.sql.Timestamp at = java.sql.Timestamp.from(consent);
                        ps.setTimestamp(3, at);
                        ps.setTimestamp(4, at);
                        ps.setTimestamp(5, at);
                    }

                    @Override
                    public int getBatchSize() {
                        return count;
                    }
                });
        long t1 = System.nanoTime();
        Issue issue = management.createIssue(crpv.getId(), "Mesure " + marker,
                "<p>Bonjour,</p><p>" + "Des nouvelles du réseau des centres de ressources. ".repeat(20) + "</p>");
        for (int i = 0; i < 6; i++) {
            management.addText(crpv.getId(), issue.getId(), "Section " + i,
                    "<p>" + "Un paragraphe d'actualité avec un <a href=\"https://exemple.fr\">lien</a>. ".repeat(8) + "</p>");
        }
        sending.start(crpv.getId(), issue.getId(), issue.getVersion());
        long t2 = System.nanoTime();
        sending.sendAll(issue.getId());
        long t3 = System.nanoTime();
        long heapQueued = usedHeapAfterGc();
        System.out.printf("%nNEWSLETTER MEASUREMENT (queuing): %d subscribers inserted in %d ms; %d e-mails queued "
                + "(deliveries + outbox rows) in %d ms (%.0f/s); heap after GC once queued %d MB; load average %.2f%n%n",
                count, ms(t1 - t0), sending.progress(crpv.getId(), issue.getId()).queued(), ms(t3 - t2),
                count * 1000.0 / Math.max(1, ms(t3 - t2)), heapQueued >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        if (!Boolean.parseBoolean(System.getProperty("newsletter.smtp", "true"))) {
            return;
        }
        int sent = outbox.flush();
        long t4 = System.nanoTime();
        long heapSent = usedHeapAfterGc();
        int received = TestInfrastructure.mail().getReceivedMessages().length;
        TestInfrastructure.mail().purgeEmailFromAllMailboxes();
        long heapPurged = usedHeapAfterGc();
        System.out.printf("%nNEWSLETTER MEASUREMENT: %d subscribers inserted in %d ms; %d e-mails queued "
                + "(deliveries + outbox rows) in %d ms (%.0f/s); outbox sent %d to SMTP in %d ms (%.0f/s); "
                + "GreenMail received %d; heap after GC: %d MB once queued, %d MB once sent (GreenMail holding the "
                + "messages), %d MB after purging GreenMail; peak heap %d MB; load average %.2f%n%n",
                count, ms(t1 - t0), sending.progress(crpv.getId(), issue.getId()).queued(), ms(t3 - t2),
                count * 1000.0 / Math.max(1, ms(t3 - t2)), sent, ms(t4 - t3), sent * 1000.0 / Math.max(1, ms(t4 - t3)),
                received, heapQueued >> 20, heapSent >> 20, heapPurged >> 20, peakHeap() >> 20,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        assertThat(sending.progress(crpv.getId(), issue.getId()).mails().sent()).isEqualTo(count);
    }

    private static long ms(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
