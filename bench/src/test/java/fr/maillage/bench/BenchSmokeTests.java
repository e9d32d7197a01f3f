package fr.maillage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.MaillageApplication;
import fr.maillage.bench.dataset.BenchData;
import fr.maillage.bench.dataset.Identifiers;
import fr.maillage.bench.dataset.LoadCommand;
import fr.maillage.bench.dataset.ReindexCommand;
import fr.maillage.bench.measure.ImportCommand;
import fr.maillage.bench.measure.MemoryCommand;
import fr.maillage.bench.measure.PagesCommand;
import fr.maillage.bench.measure.ReportCommand;
import fr.maillage.bench.measure.SearchCommand;
import fr.maillage.bench.measure.Target;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The harness's smoke run, run by CI ({@code ./mvnw verify -Pbench-smoke}, tag {@code bench-smoke}) so that
 * it never rots, and left out of the default build for its minute of embedded PostgreSQL: the application runs on a
 * real PostgreSQL (embedded binaries) as run.sh starts it, then every step of a run goes through
 * the same commands run.sh calls, at the smoke size and for a second or so per measurement: QPV
 * list import against COPY, generation and COPY loading, the mass indexer, login, every page of the
 * scenario answering,
 * one page and the search driven by wrk (when Debian's wrk is installed; otherwise only checked),
 * memory, and the report.
 */
@Tag("bench-smoke")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchSmokeTests {

    @TempDir
    static Path folder;

    private EmbeddedPostgres postgres;
    private ConfigurableApplicationContext application;
    private Database database;
    private String baseUrl;
    private Path run;

    @BeforeAll
    void startPostgresAndTheApplication() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("create database bench");
        }
        database = new Database(postgres.getJdbcUrl("postgres", "bench"), "postgres", "postgres");
        Map<String, String> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("server.address", "127.0.0.1");
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", database.password());
        properties.put("maillage.data-dir", folder.resolve("app-data").toString());
        properties.put("maillage.admin.email", BenchData.BENCH_ADMIN);
        properties.put("maillage.admin.password", BenchData.PASSWORD);
        properties.put("spring.web.resources.static-locations", "classpath:/static/,file:" + folder.resolve("static")
                + "/");
        // Command-line arguments, as run.sh passes them: they win over application.properties.
        application = new SpringApplicationBuilder(MaillageApplication.class).run(properties.entrySet().stream()
                .map(p -> "--" + p.getKey() + "=" + p.getValue()).toArray(String[]::new));
        baseUrl = "http://127.0.0.1:" + application.getEnvironment().getProperty("local.server.port");
        run = folder.resolve("run");
    }

    @AfterAll
    void stop() throws Exception {
        if (application != null) {
            application.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void a_smoke_run_loads_measures_and_reports() throws Exception {
        importsTheQpvListAgainstCopy();
        generatesAndLoadsTheSmokeSize();
        drivesEveryPageOfTheScenario();
        searchesAgainstPostgresFullText();
        timesGovernanceAndFundingOneAtATime();
        MemoryCommand.run(args("--pid", String.valueOf(ProcessHandle.current().pid()), "--heap", "test",
                "--label", "smoke"));
        JsonNode report = ReportCommand.run(args("--out", folder.resolve("out/smoke").toString()));
        String markdown = Files.readString(folder.resolve("out/smoke.md"), StandardCharsets.UTF_8);
        assertThat(report.path("memory").get(0).path("heap_live_mb").asDouble()).isPositive();
        assertThat(markdown).contains("## Data: generation, loading, indexing", "## Pages and API calls",
                "## Search", "## Import",
                "## Actions timed one at a time", "National SCDL export").doesNotContain("not available yet");
    }

    private void importsTheQpvListAgainstCopy() throws Exception {
        Path qpv = folder.resolve("qpv.csv");
        LoadCommand.qpvFile(args("--size", "smoke", "--out", qpv.toString()));
        JsonNode result = ImportCommand.run(args("--file", qpv.toString(), "--email", BenchData.BENCH_ADMIN,
                "--password", BenchData.PASSWORD));
        assertThat(result.path("rows").asInt()).isEqualTo(20);
        assertThat(result.path("first_import").path("status").asString()).isEqualTo("measured");
        assertThat(result.path("first_import").path("known_before").asLong()).isZero();
        assertThat(result.path("second_import").path("known_before").asLong()).isEqualTo(20);
        assertThat(result.path("copy").path("rows_per_s").asDouble()).isPositive();
        assertThat(result.path("rows_per_s_ratio").asDouble()).isPositive();
    }

    private void generatesAndLoadsTheSmokeSize() throws Exception {
        JsonNode generation = LoadCommand.generate(args("--size", "smoke", "--out", run.toString()));
        assertThat(count("workspace_workspace")).isEqualTo(11);
        assertThat(count("account_user")).isEqualTo(generation.path("rows").path("account_user").asLong() + 1);
        assertThat(count("workspace_membership")).isEqualTo(generation.path("rows").path("workspace_membership")
                .asLong());
        assertThat(count("workspace_perimeter where kind = 'QPV' and code not in (select code from territory_qpv)"))
                .isZero();
        assertThat(generation.path("generation_ms").asLong()).isNotNegative();
        assertThat(count("directory_organisation")).isEqualTo(50);
        assertThat(count("directory_contact_organisation")).isEqualTo(80);
        assertThat(count("programme_action")).isEqualTo(11 * 100);
        assertThat(count("programme_objective")).isEqualTo(11 * 18);
        assertThat(generation.path("placeholders").path("actionId").asString()).isNotBlank();
        JsonNode reindex = ReindexCommand.run(args("--data-dir", folder.resolve("reindexed").toString()));
        assertThat(reindex.path("entities").toString()).contains("Organisation 50", "Contact 80", "Commune 3");
        List<String> organisations = Files.readAllLines(run.resolve(BenchData.ORGANISATIONS_FILE));
        assertThat(organisations).hasSize(51);
        assertThat(organisations.subList(1, 51)).allSatisfy(line -> {
            String siret = line.split(";")[1];
            assertThat(siret.isEmpty() || Identifiers.luhnValid(siret)).as(line).isTrue();
        });
    }

    private void drivesEveryPageOfTheScenario() throws Exception {
        JsonNode pages = PagesCommand.run(args("--bench", "bench", "--static-dir", folder.resolve("static").toString(),
                "--measure", "public_home"));
        List<JsonNode> entries = StreamSupport.stream(pages.path("entries").spliterator(), false).toList();
        assertThat(entries).hasSize(Target.read(Path.of("bench/scenarios/pages.tsv")).size());
        assertThat(entries).filteredOn(e -> e.path("status").asString().equals("failed"))
                .extracting(e -> e.path("name").asString() + ": " + e.path("reason").asString()).isEmpty();
        JsonNode home = entries.stream().filter(e -> e.path("name").asString().equals("public_home")).findFirst()
                .orElseThrow();
        if (home.path("status").asString().equals("measured")) {
            assertThat(home.path("page").path("requests").asLong()).isPositive();
            assertThat(home.path("page").path("errors").asLong()).isZero();
            assertThat(home.path("throughput_ratio").asDouble()).isPositive();
        } else {
            assertThat(home.path("status").asString()).isEqualTo("checked");
            assertThat(home.path("floor_status").asString()).isEqualTo("served");
        }
        // Every module is in the build: every line of the scenario has its page and its generated data.
        assertThat(entries).filteredOn(e -> !e.path("status").asString().equals("measured"))
                .extracting(e -> e.path("name").asString() + ": " + e.path("status").asString() + " "
                        + e.path("reason").asString())
                .allSatisfy(line -> assertThat(line).contains(": checked "));
        assertThat(entries).filteredOn(e -> List.of("home", "workspace_dashboard", "commune_api", "directory_list",
                "directory_search", "organisation", "directory_api").contains(e.path("name").asString()))
                .extracting(e -> e.path("status").asString()).containsOnly("checked").hasSize(7);
    }

    private void timesGovernanceAndFundingOneAtATime() throws Exception {
        JsonNode governance = fr.maillage.bench.measure.GovernanceCommand.run(args("--bench", "bench"));
        assertThat(governance.path("convene_60_members").path("median_ms").asLong()).isPositive();
        assertThat(governance.path("minutes_pdf_20_items").path("runs").asInt()).isEqualTo(10);
        JsonNode funding = fr.maillage.bench.measure.FundingCommand.run(args("--bench", "bench", "--pid",
                String.valueOf(ProcessHandle.current().pid()), "--heap", "test", "--email", BenchData.BENCH_ADMIN,
                "--password", BenchData.PASSWORD));
        assertThat(funding.path("national_totals").path("funders").asInt()).isPositive();
        assertThat(funding.path("scdl_export").path("rows").asLong()).isPositive();
        JsonNode timed = fr.maillage.bench.measure.TimedCommand.run(args("--bench", "bench", "--runs", "3", "--pages",
                "public_home,funding_copil_pdf,evaluation_dashboard"));
        assertThat(timed.path("entries")).hasSize(3)
                .allSatisfy(e -> assertThat(e.path("max_ms").asLong()).isGreaterThanOrEqualTo(e.path("median_ms").asLong()));
    }

    private void searchesAgainstPostgresFullText() throws Exception {
        JsonNode search = SearchCommand.run(args("--bench", "bench"));
        JsonNode postgresql = search.path("postgresql");
        if (postgresql.has("figures")) {
            assertThat(postgresql.path("figures").path("requests").asLong()).isPositive();
            assertThat(postgresql.path("matches_per_query").path("marseille").asLong()).isPositive();
        }
        assertThat(search.path("entries")).extracting(e -> e.path("status").asString())
                .allSatisfy(status -> assertThat(status).isIn("measured", "checked"));
    }

    /** The options run.sh passes, for one second per measurement, plus the command's own. */
    private Args args(String... specific) {
        List<String> all = new java.util.ArrayList<>(List.of("--base-url", baseUrl, "--run", run.toString(), "--jdbc",
                database.jdbcUrl(), "--db-user", database.user(), "--db-password", database.password(),
                "--connections", "2", "--threads", "1", "--duration", "1", "--warmup", "0"));
        all.addAll(List.of(specific));
        return new Args(all.toArray(String[]::new), 0);
    }

    private long count(String tableAndCondition) throws Exception {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from " + tableAndCondition)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
