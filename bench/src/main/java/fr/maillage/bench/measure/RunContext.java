package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What every measuring command shares: the application's address, the run folder (where the parts
 * of the report go, and where {@code generation.json} tells who the benchmark user is), the
 * harness's folder (scenarios, wrk script) and the load settings.
 */
public record RunContext(Http http, Path run, Path bench, Load load) {

    public static RunContext of(Args args) {
        return new RunContext(new Http(args.get("base-url")), args.path("run"), Path.of(args.get("bench", "bench")),
                Load.of(args));
    }

    public Wrk wrk() {
        return new Wrk(bench.resolve("wrk/bench.lua"), load);
    }

    public List<Target> targets(String file) throws IOException {
        return Target.read(bench.resolve("scenarios").resolve(file));
    }

    public List<String> queries() throws IOException {
        return Files.readAllLines(bench.resolve("scenarios/search-queries.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    public JsonNode generation() throws IOException {
        return Json.read(run.resolve("generation.json"));
    }

    /** Logs the benchmark user in and reads his API token. */
    public Target.Credentials credentials() throws IOException, InterruptedException {
        JsonNode user = generation().path("bench_user");
        String cookie = http.login(user.path("email").asString(), user.path("password").asString());
        return new Target.Credentials(cookie, user.path("api_token").asString());
    }

    /**
     * The values of the scenario placeholders: the benchmark user's workspace, the first search
     * query, and whatever later generators list under {@code placeholders} in generation.json.
     */
    public Map<String, String> placeholders() throws IOException {
        JsonNode generation = generation();
        Map<String, String> values = new HashMap<>();
        values.put("workspaceId", generation.path("bench_user").path("workspace_id").asString());
        values.put("query", queries().get(0));
        generation.path("placeholders").properties().forEach(e -> values.put(e.getKey(), e.getValue().asString()));
        return values;
    }
}
