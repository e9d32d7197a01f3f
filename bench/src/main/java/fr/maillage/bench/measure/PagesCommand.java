package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code pages} measurement: every line of {@code scenarios/pages.tsv} is driven by wrk with a
 * fixed number of clients, then a static file of exactly the same bytes, served by the same
 * application from {@code --static-dir} (given to it as a static resource location), is driven the
 * same way. The ratio of their throughputs is the page's distance from the framework's floor.
 * {@code --measure name,name} limits the wrk runs to some lines (the others are only checked to
 * answer), for the smoke test.
 */
public final class PagesCommand {

    /** Where the floor files live under the static folder; /img/** is public, so anyone may read them. */
    static final String FLOOR_FOLDER = "img/bench-floor";

    private PagesCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        RunContext context = RunContext.of(args);
        Path staticDir = args.path("static-dir");
        Target.Credentials credentials = context.credentials();
        Map<String, String> values = context.placeholders();
        ObjectNode report = Json.object();
        report.set("load", Json.object().put("connections", context.load().connections())
                .put("threads", context.load().threads()).put("seconds", context.load().seconds())
                .put("warmup_seconds", context.load().warmupSeconds()));
        ArrayNode entries = report.putArray("entries");
        List<String> only = List.of(args.get("measure", "").split(",")).stream().filter(n -> !n.isBlank()).toList();
        for (Target target : context.targets("pages.tsv")) {
            boolean measured = only.isEmpty() || only.contains(target.name());
            entries.add(measure(context, target, credentials, values, staticDir, measured));
        }
        Json.write(report, context.run().resolve("pages.json"));
        return report;
    }

    static ObjectNode measure(RunContext context, Target target, Target.Credentials credentials,
            Map<String, String> values, Path staticDir, boolean wanted) throws Exception {
        ObjectNode entry = Json.object().put("name", target.name()).put("label", target.label())
                .put("auth", target.auth());
        if (!target.exists()) {
            return entry.put("status", "not available yet");
        }
        List<String> missing = target.missing(values);
        if (!missing.isEmpty()) {
            return entry.put("status", "not available yet").put("reason", "no generated value for " + missing);
        }
        String path = target.resolve(values);
        Map<String, String> headers = target.headers(credentials);
        entry.put("path", path);
        Http.Answer page = context.http().get(path, headers);
        if (target.unavailable(page) != null) {
            return entry.put("status", "not available yet").put("reason", target.unavailable(page));
        }
        if (!page.ok()) {
            return entry.put("status", "failed").put("reason", "HTTP " + page.status() + " before measuring");
        }
        entry.put("bytes", page.body().length);
        String floorPath = writeFloor(staticDir, target.name(), page);
        Http.Answer floor = context.http().get(floorPath, headers);
        boolean floorServed = floor.ok() && floor.body().length == page.body().length;
        if (!wanted || !Wrk.available()) {
            return entry.put("status", "checked").put("reason", wanted ? "wrk is not installed: answer checked, "
                    + "not measured" : "answer checked, not measured in this run")
                    .put("floor_status", floorServed ? "served" : "not served (HTTP " + floor.status() + ")");
        }
        Wrk wrk = context.wrk();
        Figures measured = wrk.measure(context.http().url(path), headers, null);
        entry.set("page", measured.toJson());
        Http.Answer after = context.http().get(path, headers);
        if (!after.ok()) {
            entry.put("status", "failed").put("reason", "HTTP " + after.status() + " after measuring (session lost?)");
            return entry;
        }
        entry.put("status", "measured");
        if (!floorServed) {
            return entry.put("floor_status", "static floor not served (HTTP " + floor.status()
                    + "): start the application with the floor folder among its static locations");
        }
        Figures floorFigures = wrk.measure(context.http().url(floorPath), headers, null);
        entry.put("floor_path", floorPath);
        entry.set("floor", floorFigures.toJson());
        entry.put("throughput_ratio", Figures.round(measured.throughput() / floorFigures.throughput()));
        return entry;
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
