package fr.maillage.bench.measure;

import fr.maillage.MaillageApplication;
import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Audience;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventDetails;
import fr.maillage.agenda.EventKind;
import fr.maillage.agenda.RegistrationStatus;
import fr.maillage.agenda.Registrations;
import fr.maillage.bench.Args;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The registration burst of issue 7: {@code --registrations} people (500) post the public form
 * of an event of {@code --capacity} seats (300) through real HTTP, {@code --clients} at a time
 * (20), all released at the same instant, each client with its own session and CSRF token as a
 * browser has. The application runs in this process (H2 in memory, or {@code --db-url} for a
 * PostgreSQL), with the per-address brake raised since every client shares 127.0.0.1 and the
 * e-mail sending job paused so that the queue can be counted. Prints the timing and checks: no
 * overbooking, the waiting list exact (positions 1..n in order of arrival), one e-mail queued per
 * registration of the right kind. Exits non-zero when a check fails.
 */
public final class RegistrationBurstCommand {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private RegistrationBurstCommand() {
    }

    public static void run(Args args) throws Exception {
        int people = Integer.parseInt(args.get("registrations", "500"));
        int capacity = Integer.parseInt(args.get("capacity", "300"));
        int clients = Integer.parseInt(args.get("clients", "20"));
        try (ConfigurableApplicationContext context = start(args)) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            Event event = prepare(context, capacity);
            String base = "http://127.0.0.1:" + port;
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger next = new AtomicInteger();
            AtomicInteger failures = new AtomicInteger();
            CountDownLatch ready = new CountDownLatch(clients);
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (int c = 0; c < clients; c++) {
                pool.submit(() -> {
                    try {
                        client(base, event, people, next, latencies, failures, ready, go);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                        System.err.println("client failed: " + e);
                    }
                });
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            pool.shutdown();
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.MINUTES);
            long elapsed = System.nanoTime() - start;
            report(context, event, people, capacity, clients, latencies, failures.get(), elapsed);
        }
    }

    private static ConfigurableApplicationContext start(Args args) throws Exception {
        String dataDir = Files.createTempDirectory("maillage-burst").toString();
        String url = args.get("db-url", "jdbc:h2:mem:burst;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        return new SpringApplicationBuilder(MaillageApplication.class).properties(Map.ofEntries(
                Map.entry("server.port", "0"), Map.entry("server.address", "127.0.0.1"),
                // an administrator exists, otherwise every page leads to the first-run setup
                Map.entry("maillage.admin.email", "admin@bench.maillage.fr"),
                Map.entry("maillage.admin.password", "Bench-Maillage-2026"),
                Map.entry("spring.datasource.url", url),
                Map.entry("spring.datasource.username", args.get("db-user", url.startsWith("jdbc:h2") ? "sa" : "postgres")),
                Map.entry("spring.datasource.password", args.get("db-password", "")),
                Map.entry("maillage.data-dir", dataDir),
                Map.entry("maillage.agenda.registrations-per-minute", "1000000"),
                Map.entry("maillage.mail.outbox-interval", "PT24H"),
                Map.entry("logging.level.root", "WARN"))).run();
    }

    private static Event prepare(ConfigurableApplicationContext context, int capacity) {
        var workspace = context.getBean(WorkspaceManagement.class).create(WorkspaceType.CENTRE_RESSOURCES,
                "Centre de ressources du banc d'essai", null, null, null);
        AgendaManagement agenda = context.getBean(AgendaManagement.class);
        Event event = agenda.create(workspace.getId(), new EventDetails(EventKind.JOURNEE_REGIONALE,
                "Journée régionale du banc d'essai", null, null, "Dijon", null, Audience.PUBLIC, capacity, null,
                Set.of(), Set.of(), Set.of(), true));
        LocalDate day = LocalDate.now().plusDays(30);
        agenda.addSession(event.getId(), "Journée", LocalDateTime.of(day, LocalTime.of(9, 0)),
                LocalDateTime.of(day, LocalTime.of(17, 0)), null);
        agenda.publish(event.getId());
        return agenda.event(event.getId());
    }

    private static void client(String base, Event event, int people, AtomicInteger next, List<Long> latencies,
            AtomicInteger failures, CountDownLatch ready, CountDownLatch go) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        String token;
        try {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + event.publicPath())).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher csrf = CSRF.matcher(page.body());
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the event page (HTTP " + page.statusCode() + " "
                        + page.headers().firstValue("Location").orElse("") + ")");
            }
            token = csrf.group(1);
        } finally {
            ready.countDown();
        }
        go.await();
        for (int n = next.getAndIncrement(); n < people; n = next.getAndIncrement()) {
            String form = "fullName=" + enc("Participant " + n) + "&email=" + enc("burst." + n + "@exemple.fr")
                    + "&organisation=" + enc("Structure " + (n % 40)) + "&publicKind=PROFESSIONNELS&consent=true"
                    + "&website=&_csrf=" + enc(token);
            long t0 = System.nanoTime();
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/evenements/"
                            + event.getId() + "/inscription")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            latencies.add(System.nanoTime() - t0);
            if (answer.statusCode() != 302
                    || !answer.headers().firstValue("Location").orElse("").endsWith("/merci")) {
                failures.incrementAndGet();
            }
        }
    }

    private static void report(ConfigurableApplicationContext context, Event event, int people, int capacity,
            int clients, List<Long> latencies, int failures, long elapsed) {
        Registrations registrations = context.getBean(Registrations.class);
        long confirmed = registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.CONFIRMED);
        long waiting = registrations.countByEventIdAndStatus(event.getId(), RegistrationStatus.WAITING);
        var waitingList = registrations.findByEventIdAndStatusIn(event.getId(), List.of(RegistrationStatus.WAITING),
                PageRequest.of(0, people, org.springframework.data.domain.Sort.by("createdAt", "id"))).getContent();
        boolean exactList = true;
        for (int i = 0; i < waitingList.size(); i++) {
            var r = waitingList.get(i);
            exactList &= registrations.waitingPosition(event.getId(), r.getCreatedAt(), r.getId()) == i + 1;
        }
        MailOutbox outbox = context.getBean(MailOutbox.class);
        var mails = outbox.list("agenda", String.valueOf(event.getId()), PageRequest.of(0, people + 10)).getContent();
        long confirmations = mails.stream().filter(m -> m.getSubject().startsWith("Inscription confirmée")).count();
        long waitingMails = mails.stream().filter(m -> m.getSubject().startsWith("Liste d'attente")).count();
        List<Long> sorted = latencies.stream().sorted().toList();
        double seconds = elapsed / 1e9;
        System.out.printf("Registration burst: %d registrations, %d seats, %d concurrent clients%n", people, capacity,
                clients);
        System.out.printf("  elapsed %.2f s, %.1f registrations/s; latency p50 %d ms, p95 %d ms, max %d ms; "
                + "HTTP failures %d%n", seconds, people / seconds, ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 1.0), failures);
        System.out.printf("  confirmed %d (expected %d), waiting %d (expected %d), waiting list in arrival order "
                + "with positions 1..%d: %s%n", confirmed, Math.min(people, capacity), waiting,
                Math.max(0, people - capacity), waitingList.size(), exactList ? "yes" : "NO");
        System.out.printf("  e-mails queued %d (confirmations %d, waiting-list %d)%n", mails.size(), confirmations,
                waitingMails);
        boolean ok = failures == 0 && confirmed == Math.min(people, capacity)
                && waiting == Math.max(0, people - capacity) && exactList && confirmations == confirmed
                && waitingMails == waiting && mails.size() == people;
        System.out.println(ok ? "BURST OK" : "BURST FAILED");
        if (!ok) {
            System.exit(1);
        }
    }

    private static long ms(List<Long> sorted, double quantile) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1_000_000;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
