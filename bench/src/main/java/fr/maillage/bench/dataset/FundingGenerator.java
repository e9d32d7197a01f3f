package fr.maillage.bench.dataset;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The funding module's data at national scale (issue 5, "Measured"): a call per workspace and year,
 * applications of the contrats de ville and cités éducatives (the bench user's workspace gets 300
 * for the COPIL table), 2 to 3 funding lines each at every lifecycle stage, decisions, payments,
 * budgets, QPV, an envelope per funder with its attribuant's SIRET for the SCDL export. At national size: about 120,000
 * applications, 300,000 lines and 250,000 payments over the workspaces that run calls.
 */
public final class FundingGenerator {

    private static final String[] FUNDERS = {"ETAT_BOP147", "EPCI", "COMMUNE", "CAF", "DEPARTEMENT", "REGION"};
    private static final String[] AXES = {"Axe 1 — Éducation et parentalité", "Axe 2 — Emploi et insertion",
        "Axe 3 — Cohésion sociale", "Axe 4 — Cadre de vie"};
    private static final String[] STAGES = {"BROUILLON", "DEPOSE", "RECEVABLE", "INSTRUIT", "VALIDE", "REFUSE",
        "NOTIFIE", "VERSE_PARTIELLEMENT", "VERSE", "VERSE", "JUSTIFIE", "JUSTIFIE", "SOLDE"};
    private static final String[] TITLES = {"Atelier parents-enfants", "Accompagnement à la scolarité",
        "Chantier éducatif", "Permanence d'accès aux droits", "Sport au pied des tours", "Théâtre forum",
        "Jardins partagés", "Coup de pouce numérique", "Médiation sociale", "Découverte des métiers"};
    private static final int[] YEARS = {2025, 2026, 2027};
    private static final int APPLICATIONS_PER_WORKSPACE = 190;
    private static final int BENCH_WORKSPACE_APPLICATIONS = 300;
    /** Each funder's attribuant: its name and the SIREN of its head office (check digit valid). */
    private static final Map<String, String[]> ATTRIBUANTS = Map.of(
            "ETAT_BOP147", new String[] {"Préfecture", "130007669"},
            "EPCI", new String[] {"Communauté d'agglomération", "200040715"},
            "COMMUNE", new String[] {"Commune", "215900036"},
            "CAF", new String[] {"Caisse d'allocations familiales", "534088067"},
            "DEPARTEMENT", new String[] {"Département", "225900018"},
            "REGION", new String[] {"Région", "200053742"});

    private final Connection connection;
    private final CopyManager copy;
    private final SplittableRandom random;

    public FundingGenerator(Connection connection, long seed) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.random = new SplittableRandom(seed + 5);
    }

    /** Generates and copies every funding table; returns the rows per table. */
    public Map<String, Long> load(BenchData data) throws SQLException {
        List<Rows.Workspace> running = data.workspaces().stream()
                .filter(w -> w.type().equals("CONTRAT_DE_VILLE") || w.type().equals("CITE_EDUCATIVE")).toList();
        List<Long> carriers = data.organisations().stream().filter(o -> o.kind().equals("ASSOCIATION"))
                .map(Rows.Organisation::id).toList();
        Map<Long, String> qpvOf = new LinkedHashMap<>();
        data.organisations().stream().filter(o -> o.qpv() != null).forEach(o -> qpvOf.put(o.id(), o.qpv()));
        List<List<?>> calls = new ArrayList<>();
        List<List<?>> callFunders = new ArrayList<>();
        List<List<?>> applications = new ArrayList<>();
        List<List<?>> qpv = new ArrayList<>();
        List<List<?>> budget = new ArrayList<>();
        List<List<?>> lines = new ArrayList<>();
        List<List<?>> decisions = new ArrayList<>();
        List<List<?>> payments = new ArrayList<>();
        List<List<?>> envelopes = new ArrayList<>();
        Map<Long, Map<Integer, List<Long>>> actions = actionsByWorkspaceAndYear();
        LocalDateTime now = LocalDateTime.of(2026, 11, 1, 9, 0);
        long callId = 0;
        long applicationId = 0;
        long lineId = 0;
        long decisionId = 0;
        long paymentId = 0;
        long envelopeId = 0;
        for (Rows.Workspace workspace : running) {
            int count = workspace.id() == data.benchWorkspaceId() ? BENCH_WORKSPACE_APPLICATIONS
                    : APPLICATIONS_PER_WORKSPACE;
            Map<Integer, Integer> numbers = new LinkedHashMap<>();
            Map<Integer, Long> callOfYear = new LinkedHashMap<>();
            for (int year : YEARS) {
                callOfYear.put(year, ++callId);
                calls.add(List.of(callId, workspace.id(), year, "Appel à projets " + year, "<p>Priorités " + year
                        + "</p>", LocalDate.of(year - 1, 9, 1), LocalDate.of(year - 1, 11, 30), "CLOSED", now, 0));
                for (String funder : List.of("ETAT_BOP147", "EPCI", "COMMUNE", "CAF")) {
                    callFunders.add(List.of(callId, funder));
                }
                // Every funder publishes its subsidies (SCDL): each has an envelope naming its attribuant.
                for (String funder : FUNDERS) {
                    String[] attribuant = ATTRIBUANTS.get(funder);
                    envelopes.add(List.of(++envelopeId, workspace.id(), funder, year, new BigDecimal("5000000.00"),
                            attribuant[0], Identifiers.siret(attribuant[1], 1), 0));
                }
            }
            for (int i = 0; i < count; i++) {
                int year = workspace.id() == data.benchWorkspaceId() ? 2027 : YEARS[i % YEARS.length];
                int number = numbers.merge(year, 1, Integer::sum);
                long carrier = carriers.isEmpty() ? 1 : carriers.get(random.nextInt(carriers.size()));
                applicationId++;
                String title = TITLES[random.nextInt(TITLES.length)] + " " + number;
                // Most applications finance a fiche action of the same year, as in real programmes.
                List<Long> ofYear = actions.getOrDefault(workspace.id(), Map.of()).getOrDefault(year, List.of());
                Long action = ofYear.isEmpty() || random.nextInt(10) == 0 ? null
                        : ofYear.get(random.nextInt(ofYear.size()));
                applications.add(java.util.Arrays.asList(applicationId, workspace.id(), callOfYear.get(year), year,
                        number, year + "-" + String.format("%03d", number), carrier, null, null, action,
                        AXES[random.nextInt(AXES.length)], title, null, LocalDate.of(year, 1, 15),
                        LocalDate.of(year, 12, 15), false, random.nextBoolean(), null, now, 0));
                String code = qpvOf.get(carrier);
                if (code != null) {
                    qpv.add(List.of(applicationId, code));
                }
                String stage = STAGES[random.nextInt(STAGES.length)];
                // The State (BOP 147) co-funds nearly every action of a contrat de ville or cité éducative.
                int funders = 2 + (random.nextInt(2));
                int first = random.nextInt(10) == 0 ? 1 + random.nextInt(FUNDERS.length - 1) : 0;
                BigDecimal subsidies = BigDecimal.ZERO;
                for (int f = 0; f < funders; f++) {
                    String funder = FUNDERS[(first + f) % FUNDERS.length];
                    BigDecimal requested = BigDecimal.valueOf(1000L * (2 + random.nextInt(30)), 0).setScale(2);
                    subsidies = subsidies.add(requested);
                    budget.add(List.of(applicationId, budget.size() % 1000 + f, "R74", funder, "", requested));
                    boolean decided = List.of("VALIDE", "NOTIFIE", "VERSE_PARTIELLEMENT", "VERSE", "JUSTIFIE", "SOLDE")
                            .contains(stage);
                    boolean paidSome = List.of("VERSE_PARTIELLEMENT", "VERSE", "JUSTIFIE", "SOLDE").contains(stage);
                    boolean paidAll = paidSome && !stage.equals("VERSE_PARTIELLEMENT");
                    BigDecimal proposed = List.of("BROUILLON", "DEPOSE", "RECEVABLE").contains(stage) ? null
                            : requested;
                    BigDecimal granted = decided ? requested : null;
                    BigDecimal half = requested.divide(BigDecimal.valueOf(2));
                    BigDecimal paid = paidAll ? requested : paidSome ? half : BigDecimal.ZERO.setScale(2);
                    lineId++;
                    lines.add(java.util.Arrays.asList(lineId, applicationId, workspace.id(), year, funder, stage,
                            requested, proposed, granted, paid, proposed == null ? null : "FAVORABLE", null, 0));
                    if (decided && !stage.equals("VALIDE")) {
                        decisions.add(List.of(++decisionId, lineId, workspace.id(),
                                requested.compareTo(new BigDecimal("23000")) > 0 ? "CONVENTION" : "ARRETE",
                                "DEC-" + lineId, LocalDate.of(year, 4, 2), requested, now, 0));
                    }
                    if (paidSome) {
                        // An advance of half on notification, then the balance once paid in full.
                        payments.add(List.of(++paymentId, lineId, workspace.id(), "AVANCE", LocalDate.of(year, 5, 10),
                                half, now, 0));
                        if (paidAll) {
                            payments.add(List.of(++paymentId, lineId, workspace.id(), "SOLDE",
                                    LocalDate.of(year + 1, 2, 15), requested.subtract(half), now, 0));
                        }
                    }
                }
                budget.add(List.of(applicationId, 900, "C64", "", "", subsidies));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("funding_call", copy("funding_call (id, workspace_id, funding_year, title, priorities, opening_date, "
                + "deadline, status, created_at, version)", calls));
        rows.put("funding_call_funder", copy("funding_call_funder (call_id, funder)", callFunders));
        rows.put("funding_envelope", copy("funding_envelope (id, workspace_id, funder, funding_year, amount, "
                + "attribuant_name, attribuant_siret, version)", envelopes));
        rows.put("funding_application", copy("funding_application (id, workspace_id, call_id, funding_year, "
                + "seq_number, reference, carrier_id, contact_id, assigned_user_id, action_id, axis_label, title, "
                + "summary, start_date, end_date, multi_year, renewal, missing_pieces, created_at, version)",
                applications));
        rows.put("funding_application_qpv", copy("funding_application_qpv (application_id, qpv_code)", qpv));
        rows.put("funding_budget_line", copy("funding_budget_line (application_id, line_no, account, funder, label, "
                + "amount)", renumber(budget)));
        rows.put("funding_line", copy("funding_line (id, application_id, workspace_id, funding_year, funder, status, "
                + "requested, proposed, granted, paid, opinion, opinion_comment, version)", lines));
        rows.put("funding_decision", copy("funding_decision (id, line_id, workspace_id, kind, reference, signed_on, "
                + "amount, created_at, version)", decisions));
        rows.put("funding_payment", copy("funding_payment (id, line_id, workspace_id, kind, paid_on, amount, "
                + "created_at, version)", payments));
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("funding_call", "funding_envelope", "funding_application", "funding_line",
                    "funding_decision", "funding_payment")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select coalesce(max(id), 1) from " + table + "))");
            }
        }
        return rows;
    }

    /** The fiches actions the programme generator loaded (none without the programme module), by workspace and year. */
    private Map<Long, Map<Integer, List<Long>>> actionsByWorkspaceAndYear() throws SQLException {
        Map<Long, Map<Integer, List<Long>>> actions = new java.util.HashMap<>();
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery("select to_regclass('programme_action') is not null")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return actions;
            }
        }
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet rs = statement.executeQuery(
                        "select workspace_id, action_year, id from programme_action order by id")) {
            while (rs.next()) {
                actions.computeIfAbsent(rs.getLong(1), w -> new java.util.HashMap<>())
                        .computeIfAbsent(rs.getInt(2), y -> new ArrayList<>()).add(rs.getLong(3));
            }
        }
        return actions;
    }

    /** Budget lines numbered 0, 1, 2… within each application. */
    private static List<List<?>> renumber(List<List<?>> budget) {
        List<List<?>> numbered = new ArrayList<>(budget.size());
        long current = -1;
        int position = 0;
        for (List<?> row : budget) {
            long application = (Long) row.get(0);
            position = application == current ? position + 1 : 0;
            current = application;
            List<Object> copy = new ArrayList<>(row);
            copy.set(1, position);
            copy.set(3, "".equals(copy.get(3)) ? null : copy.get(3));
            numbered.add(copy);
        }
        return numbered;
    }

    private long copy(String target, List<List<?>> rows) throws SQLException {
        return CopyLoader.copyRows(connection, target, rows);
    }
}
