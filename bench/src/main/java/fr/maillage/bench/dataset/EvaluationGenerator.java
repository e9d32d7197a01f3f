package fr.maillage.bench.dataset;

import fr.maillage.bench.BenchSize;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * The evaluation's data: for the first workspaces (up to 400, the benchmark user's first), indicators
 * (the library ones of the workspace type, other workspace-level ones, action-level ones) with
 * baselines and targets, ten periods of official values split by QPV, sex and age band (2,000,000
 * measurements at national size), sharing settings (70 % share), the benchmark user as a lecteur
 * of one centre de ressources (the regional view) and a 2026 review of his workspace. Streamed into
 * PostgreSQL with {@code COPY}, one transaction per table.
 */
public final class EvaluationGenerator {

    /** Workspaces that get evaluation data. */
    static final int WORKSPACES = 400;
    static final int PERIODS = 10;
    static final int WORKSPACE_LEVEL = 15;
    private static final Map<String, List<String>> LIBRARY = Map.of(
            "CITE_EDUCATIVE", List.of("ce-enfants-touches", "ce-parents-impliques", "ce-absenteisme",
                    "ce-actions-coconstruites", "ce-heures-accompagnement"),
            "PRE", List.of("pre-enfants-accompagnes", "pre-duree-moyenne", "pre-orientations-ecole",
                    "pre-orientations-sante", "pre-orientations-familiales"),
            "CONTRAT_DE_VILLE", List.of("cv-actions-financees", "cv-habitants-touches", "cv-credits-specifiques",
                    "cv-conseils-citoyens"));
    private static final String[] SEXES = {"F", "M"};
    private static final String[] AGES = {"02-05", "06-10", "11-16", "17+"};

    private EvaluationGenerator() {
    }

    /** How many measurements a size gets: 2,000,000 at national size. */
    static long measurements(BenchSize size) {
        return switch (size) {
            case SMOKE -> 5_000;
            case SMALL -> 200_000;
            case MEDIUM -> 800_000;
            case NATIONAL, ANNUAIRE -> 2_000_000;
        };
    }

    /** Whether the evaluation module's tables exist in this database. */
    public static boolean present(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from information_schema.tables where table_name = 'evaluation_measurement'")) {
            rs.next();
            return rs.getLong(1) > 0;
        }
    }

    /**
     * Generates and copies; returns the rows per table and puts the scenario placeholders
     * ({@code crpvId}) in {@code placeholders}.
     */
    public static Map<String, Long> load(Connection connection, BenchData data, BenchSize size, long seed,
            Map<String, String> placeholders) throws SQLException, IOException {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_0E7AL);
        long benchWorkspace = data.benchWorkspaceId();
        List<Rows.Workspace> chosen = new ArrayList<>();
        data.workspaces().stream().filter(w -> w.id() == benchWorkspace).forEach(chosen::add);
        data.workspaces().stream().filter(w -> w.id() != benchWorkspace && !w.type().equals("CENTRE_RESSOURCES"))
                .limit(WORKSPACES - 1L).forEach(chosen::add);
        Map<Long, List<String>> qpv = new LinkedHashMap<>();
        data.perimeter().stream().filter(p -> p.kind().equals("QPV"))
                .forEach(p -> qpv.computeIfAbsent(p.workspaceId(), k -> new ArrayList<>()).add(p.code()));
        long perWorkspace = Math.max(200, measurements(size) / chosen.size());

        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder indicators = new StringBuilder();
        StringBuilder targets = new StringBuilder();
        StringBuilder sharing = new StringBuilder();
        List<Spec> specs = new ArrayList<>();
        long indicatorId = nextId(connection, "evaluation_indicator");
        long targetCount = 0;
        for (Rows.Workspace w : chosen) {
            List<String> codes = LIBRARY.getOrDefault(w.type(), List.of());
            List<String> places = qpv.getOrDefault(w.id(), List.of()).stream().limit(3).toList();
            boolean annual = w.type().equals("CONTRAT_DE_VILLE");
            int parts = 1 + places.size() + SEXES.length + AGES.length;
            int count = (int) Math.max(1, perWorkspace / ((long) PERIODS * parts));
            for (int n = 0; n < count; n++) {
                long id = indicatorId++;
                boolean workspaceLevel = n < WORKSPACE_LEVEL;
                String code = n < codes.size() ? codes.get(n) : "";
                int base = 50 + random.nextInt(900);
                int step = 5 + random.nextInt(20);
                specs.add(new Spec(id, w.id(), annual, base, step, places));
                indicators.append(id).append(',').append(w.id()).append(',').append(code)
                        .append(",\"Indicateur ").append(n + 1).append("\",,NOMBRE,HIGHER_IS_BETTER,")
                        .append(workspaceLevel ? "WORKSPACE" : "ACTION").append(",,")
                        .append(workspaceLevel ? "" : String.valueOf(9_000_000_000L + id)).append(',')
                        .append(annual ? "ANNUELLE" : "ANNEE_SCOLAIRE").append(",Bilans,\"AGE,QPV,SEXE\",")
                        .append(base).append(",2017-06-30,0,100000,2024-01-01 00:00:00,0\n");
                if (workspaceLevel) {
                    for (int p = PERIODS - 3; p < PERIODS; p++) {
                        targets.append(id).append(',').append(period(annual, 2017 + p)).append(',')
                                .append(base + p * step + 30).append('\n');
                        targetCount++;
                    }
                }
            }
            if (random.nextInt(10) < 7 || w.id() == benchWorkspace) {
                sharing.append(w.id()).append(",true,2026-01-01 00:00:00,0\n");
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("evaluation_indicator", copyCommitted(connection, copy, "evaluation_indicator (id, workspace_id, code, "
                + "name, definition, unit, direction, level, objective_id, action_id, periodicity, source, "
                + "disaggregations, baseline_value, baseline_date, min_value, max_value, created_at, version)",
                indicators));
        rows.put("evaluation_indicator_target", copyCommitted(connection, copy,
                "evaluation_indicator_target (indicator_id, period, target_value)", targets));
        rows.put("evaluation_measurement", streamMeasurements(connection, copy, specs));
        rows.put("evaluation_sharing", copyCommitted(connection, copy,
                "evaluation_sharing (workspace_id, shared, changed_at, version)", sharing));
        rows.put("evaluation_review", copyCommitted(connection, copy, "evaluation_review (workspace_id, review_year, "
                + "status, communication_text, evaluation_text, created_at, version)", new StringBuilder()
                .append(benchWorkspace).append(",2026,DRAFT,\"<p>Une lettre trimestrielle aux familles.</p>\",")
                .append("\"<p>Les indicateurs progressent.</p>\",2026-01-01 00:00:00,0\n")));
        long crpv = data.workspaces().stream().filter(w -> w.type().equals("CENTRE_RESSOURCES")).findFirst()
                .map(Rows.Workspace::id).orElse(benchWorkspace);
        long benchUser = data.users().stream().filter(u -> u.email().equals(BenchData.BENCH_USER)).findFirst()
                .orElseThrow().id();
        boolean member = data.memberships().stream().anyMatch(m -> m.workspaceId() == crpv && m.userId() == benchUser);
        if (!member) {
            try (Statement s = connection.createStatement()) {
                s.execute("insert into workspace_membership (workspace_id, user_id, role, created_at, version) values ("
                        + crpv + ", " + benchUser + ", 'LECTEUR', now(), 0)");
            }
            // Counted with the memberships the loader copied (the load command adds the two up).
            rows.put("workspace_membership", 1L);
        }
        try (Statement s = connection.createStatement()) {
            for (String table : List.of("evaluation_indicator", "evaluation_measurement", "evaluation_review")) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
                        + "))");
            }
            for (String table : rows.keySet()) {
                s.execute("analyze " + table);
            }
        }
        placeholders.put("crpvId", String.valueOf(crpv));
        return rows;
    }

    /** One generated indicator: what its values are made from. */
    private record Spec(long id, long workspaceId, boolean annual, int base, int step, List<String> places) {
    }

    private static String period(boolean annual, int year) {
        return annual ? String.valueOf(year) : (year - 1) + "-" + year;
    }

    /** Streams every value of every indicator in one COPY, a megabyte at a time. */
    private static long streamMeasurements(Connection connection, CopyManager copy, List<Spec> specs)
            throws SQLException {
        long id = nextId(connection, "evaluation_measurement");
        long first = id;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        CopyIn in = copy.copyIn("copy evaluation_measurement (id, workspace_id, indicator_id, period, period_year, "
                + "dimension, category, measured_value, comment, source, official, request_id, created_at, updated_at, "
                + "version) from stdin with (format csv)");
        try {
            StringBuilder batch = new StringBuilder(1 << 21);
            for (Spec spec : specs) {
                for (int p = 0; p < PERIODS; p++) {
                    int year = 2017 + p;
                    String period = period(spec.annual(), year);
                    int total = spec.base() + p * spec.step();
                    id = measurement(batch, id, spec.workspaceId(), spec.id(), period, year, "TOTAL", "TOTAL", total);
                    for (String place : spec.places()) {
                        id = measurement(batch, id, spec.workspaceId(), spec.id(), period, year, "QPV", place,
                                total / spec.places().size());
                    }
                    id = measurement(batch, id, spec.workspaceId(), spec.id(), period, year, "SEXE", "F", total / 2);
                    id = measurement(batch, id, spec.workspaceId(), spec.id(), period, year, "SEXE", "M", total - total / 2);
                    for (String age : AGES) {
                        id = measurement(batch, id, spec.workspaceId(), spec.id(), period, year, "AGE", age,
                                total / AGES.length);
                    }
                }
                if (batch.length() > (1 << 20)) {
                    write(in, batch);
                }
            }
            write(in, batch);
            in.endCopy();
            connection.commit();
            return id - first;
        } catch (SQLException | RuntimeException e) {
            if (in.isActive()) {
                in.cancelCopy();
            }
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void write(CopyIn in, StringBuilder batch) throws SQLException {
        byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        batch.setLength(0);
    }

    private static long measurement(StringBuilder out, long id, long workspace, long indicator, String period, int year,
            String dimension, String category, int value) {
        out.append(id).append(',').append(workspace).append(',').append(indicator).append(',').append(period)
                .append(',').append(year).append(',').append(dimension).append(',').append(category).append(',')
                .append(value).append(",,,true,,2026-01-01 00:00:00,2026-01-01 00:00:00,0\n");
        return id + 1;
    }

    private static long copyCommitted(Connection connection, CopyManager copy, String target, StringBuilder rows)
            throws SQLException {
        try {
            long copied = copy.copyIn("copy " + target + " from stdin with (format csv)",
                    new java.io.StringReader(rows.toString()));
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            return copied;
        } catch (IOException e) {
            throw new SQLException("COPY into " + target + " failed", e);
        }
    }

    private static long nextId(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
