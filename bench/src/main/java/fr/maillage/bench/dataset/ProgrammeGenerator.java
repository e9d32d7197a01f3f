package fr.maillage.bench.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import tools.jackson.databind.node.ObjectNode;

/**
 * The programme's data, for the funding engineer's measurements: on up to {@value #WORKSPACES}
 * workspaces (contrats de ville, cités éducatives and PRE first, the benchmark user's included),
 * a strategy of 3 axes, 6 strategic and 12 operational objectives, and {@value #ACTIONS_PER_WORKSPACE}
 * fiches actions over 2024-2027 (so 40,000 actions at national size), carried by organisations of
 * the workspace's communes, with partners, objectives, QPV of the perimeter, age bands, budgets,
 * a référent, and last year's action linked for a third of them. Copied with {@code COPY} when the
 * programme's tables exist.
 */
public final class ProgrammeGenerator {

    static final int WORKSPACES = 400;
    static final int ACTIONS_PER_WORKSPACE = 100;
    private static final List<String> AGE_BANDS = List.of("AGE_0_2", "AGE_3_5", "AGE_6_10", "AGE_11_15",
            "AGE_16_18", "AGE_18_25", "ADULTES", "SENIORS", "FAMILLES");
    private static final List<String> AXES = List.of("Cohésion sociale", "Emploi et développement économique",
            "Cadre de vie et renouvellement urbain");
    private static final List<String> ACTIVITIES = List.of("Atelier", "Accompagnement", "Permanence", "Chantier",
            "Parcours", "Rencontres", "Club", "Forum", "Stage", "Médiation", "Festival", "Université populaire");
    private static final List<String> SUBJECTS = List.of("parentalité", "aide aux devoirs", "accès aux droits",
            "numérique", "santé", "emploi des jeunes", "sport au féminin", "lecture", "culture", "tranquillité",
            "mobilité", "alimentation", "égalité filles-garçons", "citoyenneté", "orientation");

    private final Connection connection;
    private final CopyManager copy;
    private final SplittableRandom random;

    private ProgrammeGenerator(Connection connection, long seed) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.random = new SplittableRandom(seed ^ 0x5052_4F47L);
    }

    /** Whether the programme module's tables exist. */
    static boolean present(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select to_regclass('programme_action') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Generates and copies the programme's rows; returns the rows copied per table. */
    static Map<String, Long> load(Connection connection, BenchData data, long seed) throws SQLException {
        return new ProgrammeGenerator(connection, seed).load(data);
    }

    /** Adds {@code actionId} (an action of the benchmark workspace) to the report's placeholders. */
    static void placeholders(Connection connection, long benchWorkspaceId, ObjectNode placeholders)
            throws SQLException {
        if (!present(connection)) {
            return;
        }
        try (var statement = connection.prepareStatement(
                "select min(id) from programme_action where workspace_id = ?")) {
            statement.setLong(1, benchWorkspaceId);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    placeholders.put("actionId", String.valueOf(rs.getLong(1)));
                }
            }
        }
        // An application of the benchmark workspace that finances a fiche action (funding module).
        try (var statement = connection.prepareStatement("select min(id) from funding_application "
                + "where workspace_id = ? and action_id is not null and to_regclass('funding_application') is not null")) {
            statement.setLong(1, benchWorkspaceId);
            try (ResultSet rs = statement.executeQuery()) {
                if (rs.next() && rs.getObject(1) != null) {
                    placeholders.put("applicationId", String.valueOf(rs.getLong(1)));
                }
            }
        } catch (SQLException e) {
            // No funding module in this build: the application line stays "not available".
        }
    }

    private Map<String, Long> load(BenchData data) throws SQLException {
        List<Rows.Workspace> chosen = chooseWorkspaces(data);
        Map<Long, List<String>> communes = new HashMap<>();
        Map<Long, List<String>> qpvs = new HashMap<>();
        for (Rows.Perimeter p : data.perimeter()) {
            (p.kind().equals("QPV") ? qpvs : communes).computeIfAbsent(p.workspaceId(), k -> new ArrayList<>())
                    .add(p.code());
        }
        Map<String, List<Long>> organisationsByCommune = new HashMap<>();
        data.organisations().forEach(o -> organisationsByCommune
                .computeIfAbsent(o.communeCode(), k -> new ArrayList<>()).add(o.id()));
        List<Long> anyOrganisation = data.organisations().stream().map(Rows.Organisation::id).toList();
        Map<Long, List<Long>> referents = new HashMap<>();
        data.memberships().stream().filter(m -> !m.role().equals("LECTEUR"))
                .forEach(m -> referents.computeIfAbsent(m.workspaceId(), k -> new ArrayList<>()).add(m.userId()));

        long axisId = nextId("programme_axis");
        long objectiveId = nextId("programme_objective");
        long actionId = nextId("programme_action");
        List<List<?>> axes = new ArrayList<>();
        List<List<?>> objectives = new ArrayList<>();
        List<List<?>> actions = new ArrayList<>();
        List<List<?>> partners = new ArrayList<>();
        List<List<?>> served = new ArrayList<>();
        List<List<?>> actionQpv = new ArrayList<>();
        List<List<?>> ages = new ArrayList<>();
        Instant now = Instant.parse("2026-11-01T08:00:00Z");
        for (Rows.Workspace w : chosen) {
            List<Long> operational = new ArrayList<>();
            for (int a = 0; a < AXES.size(); a++) {
                long axis = axisId++;
                axes.add(Arrays.asList(axis, w.id(), AXES.get(a), null, a + 1, false, utc(now), 0));
                for (int s = 0; s < 2; s++) {
                    long strategic = objectiveId++;
                    objectives.add(Arrays.asList(strategic, w.id(), axis, null, "STRATEGIC",
                            "Objectif stratégique " + (a + 1) + "." + (s + 1), null, s + 1, utc(now), 0));
                    for (int o = 0; o < 2; o++) {
                        long op = objectiveId++;
                        operational.add(op);
                        objectives.add(Arrays.asList(op, w.id(), axis, strategic, "OPERATIONAL",
                                "Objectif opérationnel " + (a + 1) + "." + (s + 1) + "." + (o + 1), null, o + 1,
                                utc(now), 0));
                    }
                }
            }
            List<Long> carriers = new ArrayList<>();
            communes.getOrDefault(w.id(), List.of())
                    .forEach(c -> carriers.addAll(organisationsByCommune.getOrDefault(c, List.of())));
            if (carriers.isEmpty()) {
                carriers.addAll(anyOrganisation.subList(0, Math.min(50, anyOrganisation.size())));
            }
            List<String> perimeterQpv = qpvs.getOrDefault(w.id(), List.of());
            List<Long> people = referents.getOrDefault(w.id(), List.of());
            Map<String, Long> lastYearByTitle = new HashMap<>();
            for (int i = 0; i < ACTIONS_PER_WORKSPACE; i++) {
                long id = actionId++;
                int year = 2024 + i * 4 / ACTIONS_PER_WORKSPACE;
                String title = ACTIVITIES.get(i % ACTIVITIES.size()) + " " + SUBJECTS.get((i / 3) % SUBJECTS.size());
                Long previous = random.nextInt(3) == 0 ? lastYearByTitle.get(title) : null;
                lastYearByTitle.put(title, id);
                long carrier = carriers.get(random.nextInt(carriers.size()));
                String status = status(year);
                BigDecimal budget = BigDecimal.valueOf(2_000_00L + random.nextLong(78_000_00L), 2)
                        .setScale(2, RoundingMode.UNNECESSARY);
                Long referent = people.isEmpty() || random.nextInt(4) == 0 ? null
                        : people.get(random.nextInt(people.size()));
                LocalDate start = LocalDate.of(year, 1 + random.nextInt(6), 1);
                LocalDate end = start.plusMonths(3 + random.nextInt(6));
                actions.add(Arrays.asList(id, w.id(), title, carrier,
                        "<p>" + title + " pour les habitants des quartiers prioritaires.</p>",
                        10 + random.nextInt(290), "TOUS", null, null, start, end, status, year, false, null, budget,
                        referent, previous, utc(now), utc(now), 0));
                Set<Long> partnerIds = new LinkedHashSet<>();
                for (int p = random.nextInt(3); p > 0; p--) {
                    long partner = carriers.get(random.nextInt(carriers.size()));
                    if (partner != carrier && partnerIds.add(partner)) {
                        partners.add(Arrays.asList(id, partner, p == 1 ? "Cofinancement" : "Mise à disposition"));
                    }
                }
                Set<Long> objectiveIds = new LinkedHashSet<>();
                objectiveIds.add(operational.get(random.nextInt(operational.size())));
                if (random.nextBoolean()) {
                    objectiveIds.add(operational.get(random.nextInt(operational.size())));
                }
                objectiveIds.forEach(o -> served.add(List.of(id, o)));
                Set<String> qpv = new LinkedHashSet<>();
                if (!perimeterQpv.isEmpty()) {
                    qpv.add(perimeterQpv.get(random.nextInt(perimeterQpv.size())));
                    qpv.add(perimeterQpv.get(random.nextInt(perimeterQpv.size())));
                }
                qpv.forEach(q -> actionQpv.add(List.of(id, q)));
                Set<String> bands = new LinkedHashSet<>();
                for (int b = 1 + random.nextInt(3); b > 0; b--) {
                    bands.add(AGE_BANDS.get(random.nextInt(AGE_BANDS.size())));
                }
                bands.forEach(b -> ages.add(List.of(id, b)));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("programme_axis", copy("programme_axis (id, workspace_id, title, description, position, national, "
                + "created_at, version)", axes));
        rows.put("programme_objective", copy("programme_objective (id, workspace_id, axis_id, parent_id, level, "
                + "title, description, position, created_at, version)", objectives));
        rows.put("programme_action", copy("programme_action (id, workspace_id, title, carrier_id, description, "
                + "expected_participants, gender, expected_females, expected_males, start_date, end_date, status, "
                + "action_year, multi_year, last_year, budget, referent_user_id, previous_action_id, created_at, "
                + "updated_at, version)", actions));
        rows.put("programme_action_partner", copy("programme_action_partner (action_id, organisation_id, "
                + "partner_role)", partners));
        rows.put("programme_action_objective", copy("programme_action_objective (action_id, objective_id)", served));
        rows.put("programme_action_qpv", copy("programme_action_qpv (action_id, qpv_code)", actionQpv));
        rows.put("programme_action_age_band", copy("programme_action_age_band (action_id, age_band)", ages));
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("programme_axis", "programme_objective", "programme_action")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select max(id) from " + table + "))");
            }
            for (String table : rows.keySet()) {
                statement.execute("analyze " + table);
            }
        }
        return rows;
    }

    /** The benchmark user's workspace first, then contrats de ville, cités éducatives and PRE. */
    private static List<Rows.Workspace> chooseWorkspaces(BenchData data) {
        long bench = data.benchWorkspaceId();
        List<Rows.Workspace> ordered = new ArrayList<>();
        data.workspaces().stream().filter(w -> w.id() == bench).forEach(ordered::add);
        for (String type : List.of("CONTRAT_DE_VILLE", "CITE_EDUCATIVE", "PRE", "CENTRE_RESSOURCES")) {
            data.workspaces().stream().filter(w -> w.type().equals(type) && w.id() != bench).forEach(ordered::add);
        }
        return ordered.subList(0, Math.min(WORKSPACES, ordered.size()));
    }

    private static String status(int year) {
        return switch (year) {
            case 2024, 2025 -> "REALISEE";
            case 2026 -> "EN_COURS";
            default -> "EN_PROJET";
        };
    }

    private long copy(String target, List<List<?>> rows) throws SQLException {
        return CopyLoader.copyRows(connection, target, rows);
    }

    private long nextId(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
