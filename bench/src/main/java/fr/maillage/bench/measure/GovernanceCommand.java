package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * The governance measures that are not page views: convening the 60-member COPIL (one POST that
 * queues 60 e-mails, each with its iCalendar file and answer link) and the PDF of the 20-item
 * minutes, each timed from the client, one at a time, after a warm-up. Writes
 * {@code governance.json} in the run folder; nothing when the governance module is absent.
 */
public final class GovernanceCommand {

    private static final int WARMUP = 2;
    private static final int RUNS = 10;

    private GovernanceCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        RunContext context = RunContext.of(args);
        Map<String, String> values = context.placeholders();
        ObjectNode report = Json.object();
        if (!values.containsKey("governanceMeetingId")) {
            report.put("status", "not available yet");
            Json.write(report, context.run().resolve("governance.json"));
            return report;
        }
        String cookie = context.credentials().sessionCookie();
        String base = "/espaces/" + values.get("workspaceId") + "/seances/";
        String convened = base + values.get("governanceUpcomingMeetingId");
        report.set("convene_60_members", timed(() -> {
            Http.Answer answer = context.http().postForm(convened, convened + "/convoquer", Map.of(), cookie);
            if (answer.status() != 302) {
                throw new IllegalStateException("Convening answered HTTP " + answer.status());
            }
        }));
        String pdf = base + values.get("governanceMeetingId") + "/compte-rendu/versions/1.pdf";
        report.set("minutes_pdf_20_items", timed(() -> {
            Http.Answer answer = context.http().get(pdf, Map.of("Cookie", cookie));
            if (answer.status() != 200 || !answer.contentType().startsWith("application/pdf")) {
                throw new IllegalStateException("Minutes PDF answered HTTP " + answer.status());
            }
        }));
        report.put("load_average", Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        Json.write(report, context.run().resolve("governance.json"));
        return report;
    }

    private interface Call {
        void run() throws Exception;
    }

    /** Milliseconds of each run (not counting the warm-up): median, p95 (the largest of 10 but one), max. */
    private static ObjectNode timed(Call call) throws Exception {
        for (int i = 0; i < WARMUP; i++) {
            call.run();
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.run();
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        ObjectNode result = Json.object();
        result.put("runs", RUNS);
        result.put("median_ms", millis.get(RUNS / 2));
        result.put("p95_ms", millis.get(RUNS - 2));
        result.put("max_ms", millis.get(RUNS - 1));
        result.put("all_ms", millis.toString());
        return result;
    }
}
