package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lines of the pages scenario timed one request at a time (no concurrent clients): what one user
 * waits for on an otherwise idle server, beside the figures under 8 concurrent clients. Two warm-up
 * requests, then {@code --runs} (20) timed ones; median, p95 and max. Writes {@code timed.json}.
 */
public final class TimedCommand {

    private TimedCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        RunContext context = RunContext.of(args);
        int runs = (int) args.number("runs", 20);
        List<String> names = List.of(args.get("pages").split(","));
        Map<String, String> values = context.placeholders();
        Target.Credentials credentials = context.credentials();
        ObjectNode report = Json.object().put("runs", runs);
        ArrayNode entries = report.putArray("entries");
        for (Target target : context.targets("pages.tsv")) {
            if (!names.contains(target.name()) || !target.exists() || !target.missing(values).isEmpty()) {
                continue;
            }
            String path = target.resolve(values);
            Map<String, String> headers = target.headers(credentials);
            List<Long> millis = new ArrayList<>();
            for (int i = 0; i < 2 + runs; i++) {
                long start = System.nanoTime();
                Http.Answer answer = context.http().get(path, headers);
                if (!answer.ok()) {
                    throw new IllegalStateException(target.name() + ": HTTP " + answer.status() + " on " + path);
                }
                if (i >= 2) {
                    millis.add((System.nanoTime() - start) / 1_000_000);
                }
            }
            Collections.sort(millis);
            entries.add(Json.object().put("name", target.name()).put("label", target.label()).put("path", path)
                    .put("runs", runs).put("median_ms", millis.get(runs / 2))
                    .put("p95_ms", millis.get((int) Math.ceil(runs * 0.95) - 1)).put("max_ms", millis.get(runs - 1)));
        }
        report.put("load_average", Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        Json.write(report, context.run().resolve("timed.json"));
        return report;
    }
}
