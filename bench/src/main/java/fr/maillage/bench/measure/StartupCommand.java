package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code startup} figures, read from the application's log: how long the start took, how long
 * loading the territorial reference took (first start on an empty database), and how long each
 * search index took to build with Hibernate Search's mass indexer (a start with an empty index
 * folder). The application prints these lines itself; the harness only reads them.
 */
public final class StartupCommand {

    private static final Pattern STARTED = Pattern.compile("Started MaillageApplication in ([\\d.]+) seconds");
    private static final Pattern COG = Pattern.compile(
            "Territorial reference loaded from \\S+: (\\d+) régions, (\\d+) départements, (\\d+) EPCI, "
                    + "(\\d+) communes in (\\d+) ms");
    private static final Pattern INDEX = Pattern.compile("([\\w' ]+?) search index built: (\\d+) (\\w+) in (\\d+) ms");

    private StartupCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        String log = Files.readString(args.path("log"), StandardCharsets.UTF_8);
        String label = args.get("label");
        ObjectNode report = parse(log).put("label", label).put("taken_at", System.currentTimeMillis());
        Json.write(report, args.path("run").resolve("startup-" + label + ".json"));
        return report;
    }

    static ObjectNode parse(String log) {
        ObjectNode report = Json.object();
        Matcher started = STARTED.matcher(log);
        if (started.find()) {
            report.put("started_s", Double.parseDouble(started.group(1)));
        }
        Matcher cog = COG.matcher(log);
        if (cog.find()) {
            report.put("cog_communes", Long.parseLong(cog.group(4))).put("cog_load_ms", Long.parseLong(cog.group(5)));
        }
        ArrayNode indexes = report.putArray("indexes");
        Matcher index = INDEX.matcher(log);
        while (index.find()) {
            indexes.add(Json.object().put("index", index.group(1).strip())
                    .put("documents", Long.parseLong(index.group(2)))
                    .put("unit", index.group(3)).put("ms", Long.parseLong(index.group(4))));
        }
        return report;
    }
}
