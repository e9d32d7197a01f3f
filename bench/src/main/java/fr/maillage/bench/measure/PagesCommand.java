package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code pages} measurement: every line of {@code scenarios/pages.tsv} is driven by wrk with a
 * fixed number of clients, then a static file of exactly the same bytes, served by the same
 * application from {@code --static-dir} (given to it as a static resource location), is driven the
 * same way. The ratio of their throughputs is the page's distance from the framework's floor.
 * Every page and every floor is warmed up before the first measurement, so that the JIT has seen
 * them all and the lines measured first are not penalised. {@code --measure name,name} limits the
 * wrk runs to some lines (the others are only checked to answer), for the smoke test.
 */
public final class PagesCommand {

    /** Where the floor files live under the static folder; /img/** is public, so anyone may read them. */
    static final String FLOOR_FOLDER = "img/bench-floor";

    private PagesCommand() {
    }

    /** A line ready to measure: its page answered 200 before the run, its floor file is written. */
    private record Ready(ObjectNode entry, String path, Map<String, String> headers, String floorPath,
            boolean floorServed) {
    }

    public static ObjectNode run(Args args) throws Exception {
        RunContext context = RunContext.of(args);
        Path staticDir = args.path("static-dir");
        Target.Credentials credentials = context.credentials();
        Map<String, String> values = context.placeholders();
        List<String> only = List.of(args.get("measure", "").split(",")).stream().filter(n -> !n.isBlank()).toList();
        ObjectNode report = Json.object();
        report.set("load", Json.object().put("connections", context.load().connections())
                .put("threads", context.load().threads()).put("seconds", context.load().seconds())
                .put("warmup_seconds", context.load().warmupSeconds()));
        ArrayNode entries = report.putArray("entries");
        List<Ready> ready = new ArrayList<>();
        for (Target target : context.targets("pages.tsv")) {
            ObjectNode entry = Json.object().put("name", target.name()).put("label", target.label())
                    .put("auth", target.auth());
            entries.add(entry);
            Ready line = prepare(context, target, credentials, values, staticDir, entry);
            boolean wanted = only.isEmpty() || only.contains(target.name());
            if (line != null && wanted && Wrk.available()) {
                ready.add(line);
            } else if (line != null) {
                entry.put("status", "checked").put("reason", wanted ? "wrk is not installed: answer checked, "
                        + "not measured" : "answer checked, not measured in this run")
                        .put("floor_status", line.floorServed() ? "served" : "not served");
            }
        }
        Wrk wrk = context.wrk();
        for (Ready line : ready) {
            wrk.warmUp(context.http().url(line.path()), line.headers(), null);
            if (line.floorServed()) {
                wrk.warmUp(context.http().url(line.floorPath()), line.headers(), null);
            }
        }
        for (Ready line : ready) {
            measure(context, wrk, line);
        }
        Json.write(report, context.run().resolve(args.get("report", "pages.json")));
        return report;
    }

    /** Checks that the line's page answers and writes its floor; {@code null} when it cannot be measured. */
    private static Ready prepare(RunContext context, Target target, Target.Credentials credentials,
            Map<String, String> values, Path staticDir, ObjectNode entry) throws Exception {
        if (!target.exists()) {
            entry.put("status", "not available yet");
            return null;
        }
        List<String> missing = target.missing(values);
        if (!missing.isEmpty()) {
            entry.put("status", "not available yet").put("reason", "no generated value for " + missing);
            return null;
        }
        String path = target.resolve(values);
        Map<String, String> headers = target.headers(credentials);
        entry.put("path", path);
        Http.Answer page = context.http().get(path, headers);
        if (target.unavailable(page) != null) {
            entry.put("status", "not available yet").put("reason", target.unavailable(page));
            return null;
        }
        if (!page.ok()) {
            entry.put("status", "failed").put("reason", "HTTP " + page.status() + " before measuring");
            return null;
        }
        entry.put("bytes", page.body().length);
        String floorPath = writeFloor(staticDir, target.name(), page);
        Http.Answer floor = context.http().get(floorPath, headers);
        return new Ready(entry, path, headers, floorPath, floor.ok() && floor.body().length == page.body().length);
    }

    private static void measure(RunContext context, Wrk wrk, Ready line) throws Exception {
        ObjectNode entry = line.entry();
        entry.put("load_average", Figures.loadAverage());
        Figures measured = wrk.measure(context.http().url(line.path()), line.headers(), null);
        entry.set("page", measured.toJson());
        Http.Answer after = context.http().get(line.path(), line.headers());
        if (!after.ok()) {
            entry.put("status", "failed").put("reason", "HTTP " + after.status() + " after measuring (session lost?)");
            return;
        }
        entry.put("status", "measured");
        if (!line.floorServed()) {
            entry.put("floor_status", "static floor not served: start the application with the floor folder "
                    + "among its static locations");
            return;
        }
        Figures floor = wrk.measure(context.http().url(line.floorPath()), line.headers(), null);
        entry.put("floor_path", line.floorPath());
        entry.set("floor", floor.toJson());
        entry.put("throughput_ratio", Figures.ratio(measured.throughput(), floor.throughput()));
    }

    /** Writes the page's own bytes as a static file: same size, same content, no work to make it. */
    private static String writeFloor(Path staticDir, String name, Http.Answer page) throws Exception {
        String extension = page.contentType().contains("json") ? ".json" : ".html";
        Path file = staticDir.resolve(FLOOR_FOLDER).resolve(name + extension);
        Files.createDirectories(file.getParent());
        Files.write(file, page.body());
        return "/" + FLOOR_FOLDER + "/" + name + extension;
    }
}
