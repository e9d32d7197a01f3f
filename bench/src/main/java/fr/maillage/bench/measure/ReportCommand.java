package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code report} command: gathers the parts a run wrote in its folder (settings, startup,
 * generation, import, pages, search, memory) into one JSON document and one Markdown page.
 */
public final class ReportCommand {

    private ReportCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        Path run = args.path("run");
        ObjectNode report = gather(run);
        Path out = args.path("out");
        Json.write(report, Path.of(out + ".json"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(Path.of(out + ".md"), ReportMarkdown.render(report), StandardCharsets.UTF_8);
        System.out.println("Report: " + out + ".json and " + out + ".md");
        return report;
    }

    static ObjectNode gather(Path run) throws IOException {
        ObjectNode report = Json.object();
        copy(run.resolve("settings.json"), report, "settings");
        copy(run.resolve("generation.json"), report, "generation");
        copy(run.resolve("reindex.json"), report, "reindex");
        copy(run.resolve("import.json"), report, "import");
        copy(run.resolve("pages.json"), report, "pages");
        copy(run.resolve("pages-public-home.json"), report, "pages_public_home");
        copy(run.resolve("search.json"), report, "search");
        copy(run.resolve("governance.json"), report, "governance");
        copy(run.resolve("funding.json"), report, "funding");
        copy(run.resolve("timed.json"), report, "timed");
        report.set("startup", inOrder(run, "startup-"));
        report.set("memory", inOrder(run, "memory-"));
        return report;
    }

    /** The parts whose file names start with {@code prefix}, in the order they were taken. */
    private static ArrayNode inOrder(Path run, String prefix) throws IOException {
        List<JsonNode> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(run)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".json")) {
                    parts.add(Json.read(file));
                }
            }
        }
        parts.sort(Comparator.comparingLong(p -> p.path("taken_at").asLong()));
        ArrayNode array = Json.object().arrayNode();
        parts.forEach(array::add);
        return array;
    }

    private static void copy(Path file, ObjectNode report, String field) throws IOException {
        if (Files.exists(file)) {
            JsonNode part = Json.read(file);
            report.set(field, part);
        }
    }
}
