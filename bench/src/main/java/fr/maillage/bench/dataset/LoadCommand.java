package fr.maillage.bench.dataset;

import fr.maillage.bench.Args;
import fr.maillage.bench.BenchSize;
import fr.maillage.bench.Database;
import fr.maillage.bench.Json;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bench commands that work on data: {@code qpv-file} writes a national-looking QPV list on the
 * database's real communes; {@code generate} generates a size, copies it into the database, writes
 * the directory's CSV files and reports, in {@code generation.json}, the rows and how long
 * generating and loading took.
 */
public final class LoadCommand {

    /** What the directory search pages look for: a word many generated names contain, stemmed. */
    static final String DIRECTORY_QUERY = "centre social";

    private LoadCommand() {
    }

    /** Writes the QPV list to {@code --out}. */
    public static void qpvFile(Args args) throws Exception {
        BenchSize size = BenchSize.of(args.get("size"));
        Territory territory;
        try (Connection connection = args.database().connect()) {
            territory = TerritoryReader.read(connection);
        }
        List<Territory.Qpv> qpvs = QpvListGenerator.generate(territory, size.qpv(), args.number("seed", 42));
        QpvListGenerator.write(qpvs, args.path("out"));
        System.out.printf("QPV list: %d QPV on real communes written to %s%n", qpvs.size(), args.get("out"));
    }

    /** Generates and loads, then writes {@code generation.json} in {@code --out}. */
    public static ObjectNode generate(Args args) throws Exception {
        BenchSize size = BenchSize.of(args.get("size"));
        long seed = args.number("seed", 42);
        Path folder = args.path("out");
        Database database = args.database();
        try (Connection connection = database.connect()) {
            CopyLoader loader = new CopyLoader(connection);
            if (loader.userExists(BenchData.BENCH_USER)) {
                throw new IllegalStateException("This database already holds benchmark data (" + BenchData.BENCH_USER
                        + "); load into an empty one");
            }
            long start = System.nanoTime();
            Territory territory = TerritoryReader.read(connection);
            BenchData data = BenchData.generate(territory, size, seed, loader.firstIds(),
                    !loader.userExists(BenchData.BENCH_ADMIN), folder);
            long generated = System.nanoTime();
            String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(BenchData.PASSWORD);
            long hashed = System.nanoTime();
            Map<String, Long> rows = loader.load(data, hash);
            if (SearchGenerator.available(connection)) {
                rows.putAll(SearchGenerator.load(connection, territory, size, seed, data.workspaces()));
            }
            Map<String, String> governance = new java.util.LinkedHashMap<>();
            if (GovernanceGenerator.present(connection)) {
                GovernanceGenerator.load(connection, loader, data, size, seed, rows, governance);
            }
            Map<String, String> extra = new java.util.LinkedHashMap<>();
            if (EvaluationGenerator.present(connection)) {
                EvaluationGenerator.load(connection, data, size, seed, extra).forEach((table, count) ->
                        rows.merge(table, count, Long::sum));
            }
            Map<String, String> knowledge = KnowledgeGenerator.load(connection, data.workspaces(), size, seed, rows);
            long loaded = System.nanoTime();
            ObjectNode report = report(size, seed, territory, data, rows, folder);
            governance.forEach(((ObjectNode) report.get("placeholders"))::put);
            extra.forEach(((ObjectNode) report.get("placeholders"))::put);
            knowledge.forEach(((ObjectNode) report.get("placeholders"))::put);
            ProgrammeGenerator.placeholders(connection, data.benchWorkspaceId(), (ObjectNode) report.get("placeholders"));
            report.put("generation_ms", millis(generated - start));
            report.put("load_ms", millis(loaded - hashed));
            Json.write(report, folder.resolve("generation.json"));
            System.out.printf("Generated %s in %d ms, loaded with COPY in %d ms: %s; %d organisations, %d contacts "
                    + "generated%n", size.label(), millis(generated - start), millis(loaded - hashed), rows,
                    data.organisations().size(), data.contacts().size());
            return report;
        }
    }

    private static ObjectNode report(BenchSize size, long seed, Territory territory, BenchData data,
            Map<String, Long> rows, Path folder) {
        ObjectNode report = Json.object();
        report.put("size", size.label());
        report.put("seed", seed);
        ObjectNode reference = report.putObject("territory");
        reference.put("communes", territory.communes().size());
        reference.put("epci", territory.epcis().size());
        reference.put("qpv", territory.qpvs().size());
        ObjectNode tables = report.putObject("rows");
        rows.forEach(tables::put);
        ObjectNode workspaces = report.putObject("workspaces");
        data.workspaces().stream().collect(java.util.stream.Collectors.groupingBy(Rows.Workspace::type,
                java.util.TreeMap::new, java.util.stream.Collectors.counting())).forEach(workspaces::put);
        ObjectNode files = report.putObject("csv");
        files.put("organisations", data.organisations().size());
        files.put("carriers", data.carriers());
        files.put("contacts", data.contacts().size());
        files.put("loaded", rows.containsKey("directory_organisation"));
        files.put("organisations_file", folder.resolve(BenchData.ORGANISATIONS_FILE).toString());
        files.put("contacts_file", folder.resolve(BenchData.CONTACTS_FILE).toString());
        ObjectNode user = report.putObject("bench_user");
        user.put("email", BenchData.BENCH_USER);
        user.put("password", BenchData.PASSWORD);
        user.put("workspace_id", data.benchWorkspaceId());
        user.put("api_token", data.apiTokenSecret());
        ObjectNode placeholders = report.putObject("placeholders");
        if (rows.containsKey("directory_organisation")) {
            placeholders.put("organisationId", String.valueOf(data.benchOrganisationId()));
            placeholders.put("directoryQuery", DIRECTORY_QUERY);
        }
        return report;
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
