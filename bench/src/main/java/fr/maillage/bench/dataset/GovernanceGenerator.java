package fr.maillage.bench.dataset;

import fr.maillage.bench.BenchSize;
import fr.maillage.bench.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The governance of the benchmark workspace (the one the benchmark user pilots), loaded with COPY
 * when the governance module is in the build: 30 bodies (the first, a COPIL of 60 members, is the
 * one convened in the measure), 2,000 meetings with their agenda and one decision each, 20,000
 * follow-ups owned by the workspace's members (a tenth by the benchmark user, whose home page
 * lists them), and one meeting of 20 items with its minutes published (the PDF measured).
 * At smoke size, a twentieth of it.
 */
public final class GovernanceGenerator {

    static final int COPIL_MEMBERS = 60;
    static final int MEMBERS = 20;
    static final int PDF_ITEMS = 20;
    private static final String[] KINDS = {"COPIL", "COTECH", "GTP", "COMMISSION", "GROUPE_TRAVAIL", "TROIKA"};
    private static final String[] STATUSES = {"A_FAIRE", "EN_COURS", "FAITE", "ABANDONNEE"};
    private static final String[] TOPICS = {"programmation", "réussite éducative", "emploi des jeunes",
        "tranquillité résidentielle", "santé", "parentalité", "GUSP", "abattement de TFPB", "évaluation",
        "conseil citoyen", "revue de projet", "appel à projets"};

    private GovernanceGenerator() {
    }

    /** Whether the governance module's tables exist in this build. */
    public static boolean present(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select to_regclass('governance_body') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Copies the rows, adds their counts to {@code rows} and the pages' placeholders to {@code placeholders}. */
    public static void load(Connection connection, CopyLoader loader, BenchData data, BenchSize size, long seed,
            Map<String, Long> rows, Map<String, String> placeholders) throws SQLException {
        int scale = size == BenchSize.SMOKE ? 20 : 1;
        int bodies = 30 / (scale == 1 ? 1 : 6);
        int meetingCount = 2_000 / scale;
        int followUpCount = 20_000 / scale;
        Random random = new Random(seed ^ 0x60FE);
        long workspace = data.benchWorkspaceId();
        long benchUser = data.users().stream().filter(u -> u.email().equals(BenchData.BENCH_USER)).findFirst()
                .orElseThrow().id();
        Map<Long, String> names = new HashMap<>();
        data.users().forEach(u -> names.put(u.id(), u.displayName()));
        List<Long> owners = data.memberships().stream().filter(m -> m.workspaceId() == workspace)
                .map(Rows.Membership::userId).toList();
        List<Rows.Organisation> organisations = data.organisations();
        LocalDateTime created = LocalDateTime.of(2026, 11, 1, 8, 0);

        long bodyId = next(connection, "governance_body");
        long memberId = next(connection, "governance_body_member");
        long meetingId = next(connection, "governance_meeting");
        long itemId = next(connection, "governance_agenda_item");
        long decisionId = next(connection, "governance_decision");
        long followUpId = next(connection, "governance_follow_up");
        long attendanceId = next(connection, "governance_attendance");

        List<List<?>> bodyRows = new ArrayList<>();
        List<List<?>> memberRows = new ArrayList<>();
        List<long[]> bodyMembers = new ArrayList<>();
        for (int b = 0; b < bodies; b++) {
            String kind = KINDS[b % KINDS.length];
            bodyRows.add(Arrays.asList(bodyId + b, workspace, kind, (b == 0 ? "Comité de pilotage" : "Instance " + (b + 1)
                    + " — " + TOPICS[b % TOPICS.length]), kind + (b < KINDS.length ? "" : String.valueOf(b)),
                    "Instance générée pour le banc de mesure", "SHARE", 50, null, created, 0));
            int count = b == 0 ? COPIL_MEMBERS : MEMBERS;
            long[] ids = new long[count];
            for (int m = 0; m < count; m++) {
                Rows.Organisation o = organisations.isEmpty() ? null : organisations.get(random.nextInt(organisations.size()));
                ids[m] = memberId;
                memberRows.add(Arrays.asList(memberId++, bodyId + b, o == null ? null : o.id(), null,
                        o == null ? "Membre " + m : o.name(), "membre" + m + ".instance" + b + "@example.org",
                        m == 0 ? "PRESIDENT" : "MEMBRE", null, null, null, true, 0));
            }
            bodyMembers.add(ids);
        }
        rows.put("governance_body", loader.copy("governance_body (id, workspace_id, kind, name, code, purpose, "
                + "quorum_rule, quorum_value, feed_token_hash, created_at, version)", bodyRows, r -> r));
        rows.put("governance_body_member", loader.copy("governance_body_member (id, body_id, organisation_id, "
                + "contact_id, name, email, member_function, college, mandate_start, mandate_end, voting, version)",
                memberRows, r -> r));

        List<List<?>> meetingRows = new ArrayList<>();
        List<List<?>> itemRows = new ArrayList<>();
        List<List<?>> decisionRows = new ArrayList<>();
        Map<String, Integer> sequences = new HashMap<>();
        long[] meetingBody = new long[meetingCount];
        long upcoming = -1;
        for (int i = 0; i < meetingCount; i++) {
            int b = i % bodies;
            long id = meetingId + i;
            meetingBody[i] = bodyId + b;
            LocalDateTime start = LocalDateTime.of(2020, 1, 6, 9, 30).plusDays((long) i * 2700 / meetingCount)
                    .plusHours(random.nextInt(6));
            boolean past = start.isBefore(LocalDateTime.of(2026, 11, 20, 0, 0));
            if (!past && b == 0 && upcoming < 0) {
                upcoming = id;
            }
            meetingRows.add(Arrays.asList(id, workspace, bodyId + b, "Séance " + (i / bodies + 1), start,
                    start.plusHours(2), "Salle du conseil", null, past ? "HELD" : "PLANNED", 0, null, created, 0));
            int items = i == 0 ? PDF_ITEMS : 3;
            for (int k = 1; k <= items; k++) {
                String html = past ? "<p>Échanges sur " + TOPICS[(i + k) % TOPICS.length]
                        + " : les partenaires confirment les orientations et demandent un point d’étape.</p>" : null;
                itemRows.add(Arrays.asList(itemId++, id, k, "Point " + k + " — " + TOPICS[(i + k) % TOPICS.length],
                        null, 20, html, null, 0));
            }
            if (past) {
                String key = b + "-" + start.getYear();
                int seq = sequences.merge(key, 1, Integer::sum);
                String code = (String) bodyRows.get(b).get(4);
                decisionRows.add(Arrays.asList(decisionId++, workspace, bodyId + b, id, null, start.getYear(), seq,
                        "%s-%d-%02d".formatted(code, start.getYear(), seq), "Décision sur "
                                + TOPICS[i % TOPICS.length], null, "ADOPTEE", false, start.toLocalDate(), 0));
            }
        }
        rows.put("governance_meeting", loader.copy("governance_meeting (id, workspace_id, body_id, title, starts_at, "
                + "ends_at, place, video_link, status, ics_sequence, convened_at, created_at, version)", meetingRows, r -> r));
        rows.put("governance_agenda_item", loader.copy("governance_agenda_item (id, meeting_id, position, title, "
                + "presenter, duration_minutes, minutes_html, follow_up_id, version)", itemRows, r -> r));
        rows.put("governance_decision", loader.copy("governance_decision (id, workspace_id, body_id, meeting_id, "
                + "agenda_item_id, decision_year, sequence_number, number, title, text, status, validates_programme, "
                + "decided_on, version)", decisionRows, r -> r));

        List<List<?>> followUpRows = new ArrayList<>();
        for (int f = 0; f < followUpCount; f++) {
            int m = random.nextInt(meetingCount);
            long owner = f % 10 == 0 ? benchUser : owners.get(random.nextInt(owners.size()));
            LocalDate due = LocalDate.of(2020, 3, 1).plusDays(random.nextInt(2700));
            followUpRows.add(Arrays.asList(followUpId++, workspace, meetingBody[m], meetingId + m, null,
                    "Suite à donner " + (f + 1) + " — " + TOPICS[f % TOPICS.length], null, owner,
                    names.getOrDefault(owner, "Membre"), due, STATUSES[random.nextInt(STATUSES.length)], null, null,
                    created, created, 0));
        }
        rows.put("governance_follow_up", loader.copy("governance_follow_up (id, workspace_id, body_id, meeting_id, "
                + "decision_id, title, description, owner_user_id, owner_name, due_date, status, status_note, "
                + "last_reminded_on, created_at, updated_at, version)", followUpRows, r -> r));

        // The first meeting (a COPIL of 60 members and 20 items): attendance and published minutes.
        long[] copil = bodyMembers.get(0);
        List<List<?>> attendanceRows = new ArrayList<>();
        ObjectNode content = Json.object();
        content.put("bodyName", "Comité de pilotage");
        content.put("meetingTitle", "Séance 1");
        content.put("when", "lundi 6 janvier 2020, de 09:30 à 11:30");
        content.put("place", "Salle du conseil");
        content.put("quorum", "Quorum atteint");
        ArrayNode attendance = content.putArray("attendance");
        for (int i = 0; i < copil.length; i++) {
            List<?> member = memberRows.get(i);
            attendanceRows.add(Arrays.asList(attendanceId++, meetingId, copil[i], member.get(2), member.get(4),
                    member.get(6), true, i % 5 == 4 ? "EXCUSED" : "PRESENT", null, 0));
            ObjectNode line = attendance.addObject();
            line.put("name", (String) member.get(4));
            line.put("function", i == 0 ? "Président(e)" : "Membre");
            line.put("status", i % 5 == 4 ? "Excusé(e)" : "Présent(e)");
            line.putNull("representedBy");
            line.put("voting", true);
        }
        ArrayNode items = content.putArray("items");
        for (int k = 1; k <= PDF_ITEMS; k++) {
            ObjectNode item = items.addObject();
            item.put("position", k);
            item.put("title", "Point " + k + " — " + TOPICS[(k + 1) % TOPICS.length]);
            item.putNull("presenter");
            item.put("html", ("<p>Échanges sur " + TOPICS[k % TOPICS.length] + " : les partenaires confirment les "
                    + "orientations, <strong>demandent un point d’étape</strong> et retiennent trois actions.</p>").repeat(3));
        }
        ArrayNode decisions = content.putArray("decisions");
        ArrayNode tasks = content.putArray("followUps");
        for (int d = 1; d <= 10; d++) {
            ObjectNode decision = decisions.addObject();
            decision.put("number", "COPIL-2020-%02d".formatted(d));
            decision.put("title", "Décision sur " + TOPICS[d % TOPICS.length]);
            decision.putNull("text");
            decision.put("status", "Adoptée");
            ObjectNode task = tasks.addObject();
            task.put("title", "Suite à donner " + d);
            task.put("owner", names.getOrDefault(benchUser, "Membre"));
            task.put("due", "30/06/2020");
            task.put("status", "Faite");
        }
        rows.put("governance_attendance", loader.copy("governance_attendance (id, meeting_id, member_id, "
                + "organisation_id, name, member_function, voting, status, represented_by, version)", attendanceRows,
                r -> r));
        rows.put("governance_minutes_version", loader.copy("governance_minutes_version (workspace_id, meeting_id, "
                + "number, is_current, published_at, published_by, correction_note, title, content_json, plain_text)",
                List.of(Arrays.asList(workspace, meetingId, 1, true, created, "Banc de mesure", null,
                        "Compte rendu — Comité de pilotage — Séance 1 du 06/01/2020", content.toString(),
                        "Compte rendu de la séance 1 du comité de pilotage")), r -> r));

        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("governance_body", "governance_body_member", "governance_meeting",
                    "governance_agenda_item", "governance_decision", "governance_follow_up", "governance_attendance",
                    "governance_minutes_version")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select max(id) from " + table + "))");
                statement.execute("analyze " + table);
            }
        }
        placeholders.put("governanceBodyId", String.valueOf(bodyId));
        placeholders.put("governanceMeetingId", String.valueOf(meetingId));
        placeholders.put("governanceUpcomingMeetingId", String.valueOf(upcoming < 0 ? meetingId : upcoming));
    }

    private static long next(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
