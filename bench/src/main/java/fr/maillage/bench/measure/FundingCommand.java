package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The funding measures that an administrator runs, not the benchmark user: the national totals by
 * funder (API, one year, every workspace) timed one call at a time after a warm-up, and the national
 * SCDL export of one funder and year streamed to a file while the application's heap is sampled.
 * Writes {@code funding.json} in the run folder; nothing when the funding module is absent.
 */
public final class FundingCommand {

    private static final int WARMUP = 3;
    private static final int RUNS = 20;
    private static final int YEAR = 2026;

    private FundingCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        RunContext context = RunContext.of(args);
        long pid = Long.parseLong(args.get("pid"));
        String email = args.get("email");
        String password = args.get("password");
        ObjectNode report = Json.object();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString((email + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = client.send(HttpRequest.newBuilder(URI.create(context.http().url(
                "/api/v1/tokens"))).header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench funding\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Administrator token: HTTP " + created.statusCode() + " " + created.body());
        }
        String bearer = "Bearer " + Json.parse(created.body()).path("token").asString();

        String totals = context.http().url("/api/v1/funding/national-totals?year=" + YEAR);
        HttpResponse<String> probe = client.send(HttpRequest.newBuilder(URI.create(totals))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (probe.statusCode() == 404) {
            report.put("status", "not available yet");
            Json.write(report, context.run().resolve("funding.json"));
            return report;
        }
        if (probe.statusCode() != 200) {
            throw new IllegalStateException("National totals: HTTP " + probe.statusCode());
        }
        JsonNode funders = Json.parse(probe.body());
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(totals))
                    .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("National totals: HTTP " + answer.statusCode());
            }
            if (i >= WARMUP) {
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
        }
        Collections.sort(millis);
        report.set("national_totals", Json.object().put("year", YEAR).put("funders", funders.size())
                .put("runs", RUNS).put("median_ms", millis.get(RUNS / 2))
                .put("p95_ms", millis.get((int) Math.ceil(RUNS * 0.95) - 1)).put("max_ms", millis.get(RUNS - 1)));

        // The national SCDL export of every funder's subsidies of the year (each row names its attribuant), streamed.
        String cookie = context.http().login(email, password);
        Path file = context.run().resolve("scdl-national.csv");
        try (DirectoryCommand.HeapSampler heap = DirectoryCommand.HeapSampler.start(pid)) {
            long start = System.nanoTime();
            HttpResponse<InputStream> answer = client.send(HttpRequest.newBuilder(URI.create(context.http().url(
                    "/admin/financements/scdl.csv?annee=" + YEAR)))
                    .timeout(Duration.ofMinutes(30)).header("Cookie", cookie).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("SCDL export: HTTP " + answer.statusCode());
            }
            long bytes;
            try (InputStream in = answer.body()) {
                bytes = Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long rows;
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                rows = lines.count() - 1;
            }
            report.set("scdl_export", Json.object().put("funder", "tous financeurs").put("year", YEAR).put("rows", rows)
                    .put("bytes", bytes).put("seconds", Figures.round(seconds))
                    .put("heap_peak_mb", Figures.round(heap.peakMb())).put("heap_max", args.get("heap", "?")));
        }
        report.put("load_average", Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        Json.write(report, context.run().resolve("funding.json"));
        return report;
    }
}
