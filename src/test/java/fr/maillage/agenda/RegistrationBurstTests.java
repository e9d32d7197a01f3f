package fr.maillage.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.shared.mail.MailCounts;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The measured burst: many people register at the same instant for a few seats. Exactly the
 * capacity is confirmed, everyone else waits with a distinct position in order, and every one of
 * them has his e-mail queued.
 */
@Tag("database")
class RegistrationBurstTests extends AgendaTestSupport {

    @Test
    void a_hundred_simultaneous_registrations_for_thirty_seats_never_overbook() throws Exception {
        Event event = publishedEvent("Journée régionale : 10 ans des conseils citoyens", 30, 1, 30);
        int people = 100;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<RegistrationOutcome>> outcomes = new ArrayList<>();
        try {
            for (int i = 0; i < people; i++) {
                int n = i;
                Callable<RegistrationOutcome> registration = () -> {
                    start.await();
                    return registrations.register(event.getId(),
                            person("Personne " + n, "rafale." + n + "." + event.getId() + "@exemple.fr"));
                };
                outcomes.add(pool.submit(registration));
            }
            start.countDown();
            List<RegistrationOutcome> results = new ArrayList<>();
            for (Future<RegistrationOutcome> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results.stream().filter(RegistrationOutcome::confirmed)).hasSize(30);
            assertThat(results.stream().filter(r -> !r.confirmed()).map(RegistrationOutcome::position))
                    .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 70).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(registrationRepository.countByEventIdAndStatus(event.getId(), RegistrationStatus.CONFIRMED))
                .isEqualTo(30);
        assertThat(registrationRepository.countByEventIdAndStatus(event.getId(), RegistrationStatus.WAITING))
                .isEqualTo(70);
        MailCounts queued = outbox.counts("agenda", String.valueOf(event.getId()));
        assertThat(queued.total()).as("one e-mail queued per registration").isEqualTo(100);
    }
}
