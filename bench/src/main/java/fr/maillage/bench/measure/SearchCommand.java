package fr.maillage.bench.measure;

import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code search} measurement: each line of {@code scenarios/search.tsv} is driven by wrk over
 * every query of {@code search-queries.txt} in turn; the same queries then run in PostgreSQL's
 * French full-text search through pgbench, with the same clients and duration. The latency ratios
 * (application ÷ PostgreSQL) are the search's distance from the database's floor.
 */
public final class SearchCommand {

    private SearchCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        RunContext context = RunContext.of(args);
        List<String> queries = context.queries();
        Target.Credentials credentials = context.credentials();
        ObjectNode report = Json.object();
        ArrayNode queryList = report.putArray("queries");
        queries.forEach(queryList::add);
        FullTextFloor floor = new FullTextFloor(args.database());
        Pgbench pgbench = new Pgbench(args.get("pgbench", "pgbench"), args.database(), context.load());
        Figures database = null;
        if (pgbench.available()) {
            ObjectNode pg = report.putObject("postgresql");
            pg.put("communes", floor.prepare());
            pg.put("unaccent", floor.unaccent());
            pg.put("statement", floor.statement(queries.get(0)));
            ObjectNode hits = pg.putObject("matches_per_query");
            floor.hits(queries).forEach(hits::put);
            pg.put("load_average", Figures.loadAverage());
            database = pgbench.measure(queries.stream().map(floor::statement).toList());
            pg.set("figures", database.toJson());
        } else {
            report.putObject("postgresql").put("status", "pgbench not found: no floor measured");
        }
        ArrayNode entries = report.putArray("entries");
        for (Target target : context.targets("search.tsv")) {
            entries.add(measure(context, target, credentials, queries, database));
        }
        Json.write(report, context.run().resolve("search.json"));
        return report;
    }

    private static ObjectNode measure(RunContext context, Target target, Target.Credentials credentials,
            List<String> queries, Figures database) throws Exception {
        ObjectNode entry = Json.object().put("name", target.name()).put("label", target.label())
                .put("auth", target.auth());
        if (!target.exists()) {
            return entry.put("status", "not available yet");
        }
        Map<String, String> headers = target.headers(credentials);
        List<String> paths = new ArrayList<>();
        for (String query : queries) {
            String path = target.resolve(Map.of("query", query));
            Http.Answer answer = context.http().get(path, headers);
            if (target.unavailable(answer) != null) {
                return entry.put("status", "not available yet").put("reason", target.unavailable(answer));
            }
            if (!answer.ok()) {
                return entry.put("status", "failed").put("reason", "HTTP " + answer.status() + " on " + path);
            }
            paths.add(path);
        }
        entry.put("path", target.path());
        if (!Wrk.available()) {
            return entry.put("status", "checked").put("reason", "wrk is not installed: answers checked, not measured");
        }
        context.wrk().warmUp(context.http().url("/"), headers, paths);
        entry.put("load_average", Figures.loadAverage());
        Figures app = context.wrk().measure(context.http().url("/"), headers, paths);
        entry.put("status", "measured");
        entry.set("app", app.toJson());
        if (database != null && database.p50() > 0) {
            entry.put("p50_ratio", Figures.ratio(app.p50(), database.p50()));
            entry.put("p95_ratio", Figures.ratio(app.p95(), database.p95()));
            entry.put("mean_ratio", Figures.ratio(app.mean(), database.mean()));
            entry.put("throughput_ratio", Figures.ratio(app.throughput(), database.throughput()));
        }
        return entry;
    }
}
