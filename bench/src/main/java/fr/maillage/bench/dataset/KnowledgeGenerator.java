package fr.maillage.bench.dataset;

import fr.maillage.bench.BenchSize;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The knowledge module's data (issue "Knowledge", measured section): at national size 30,000
 * experience sheets (70 % published), 50,000 library documents with their extracted text and
 * 100,000 watch items from paused sources, spread over the workspaces, copied with COPY. Returns
 * the placeholders of the pages scenario: a published sheet's slug and a search that finds sheets.
 */
public final class KnowledgeGenerator {

    /** What the knowledge searches look for: words many generated sheets contain. */
    public static final String QUERY = "soutien parentalité";

    private static final String[] SUBJECTS = {"Café des parents", "Ateliers de soutien à la parentalité",
        "Accompagnement à la scolarité", "Jardins partagés", "Médiation numérique", "Chantiers éducatifs",
        "Sport au féminin", "Permanences d'accès aux droits", "Fresque participative", "Petits déjeuners à l'école",
        "Vacances apprenantes", "Insertion par l'activité économique", "Santé mentale des jeunes",
        "Mobilité vers l'emploi", "Tranquillité résidentielle", "Lecture à voix haute"};
    private static final String[] PLACES = {"des Buis", "de la Petite Hollande", "du Mont-Sainte-Catherine",
        "des Hauts de Bourges", "de la Chasse Royale", "du quartier Nord", "des Champs-Montants", "de la Citadelle",
        "du Grand Ensemble", "de la Fontaine d'Ouche", "des Tilleuls", "du Val de Bourges"};
    private static final String[] THEMES = {"education", "parentalite", "emploi", "sante", "cadre-de-vie",
        "participation", "culture", "sport", "numerique", "insertion", "jeunesse", "acces-aux-droits"};
    private static final String[] SENTENCES = {
        "Les professionnels constataient l'isolement de nombreux parents et une faible fréquentation des lieux d'accueil.",
        "L'action a réuni le centre social, la PMI, le collège et les associations du quartier prioritaire.",
        "Des ateliers hebdomadaires ont été animés par une psychologue et une conseillère en économie sociale.",
        "Le financement associe le contrat de ville, la CAF, la commune et le bailleur social.",
        "Trente-cinq familles ont participé, dont vingt plus de cinq fois ; trois parents sont devenus bénévoles.",
        "La mobilisation des pères et les horaires du local partagé restent des difficultés.",
        "L'expérience est transférable avec un local de proximité et un partenariat durable.",
        "Les jeunes ont découvert des métiers et obtenu leurs premières expériences professionnelles.",
        "Le soutien à la parentalité passe par la confiance construite semaine après semaine."};
    private static final String[] KINDS = {"COMPTE_RENDU", "SYNTHESE", "ACTES", "NOTE_ANALYSE", "GUIDE"};
    private static final CSVFormat COPY_CSV = CSVFormat.POSTGRESQL_CSV;

    private final Connection connection;
    private final CopyManager copy;
    private final Random random;

    private KnowledgeGenerator(Connection connection, long seed) throws SQLException {
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.random = new Random(seed);
    }

    /**
     * Generates and copies the module's rows when its tables exist; adds the rows per table to
     * {@code rows} and returns the placeholders (none without the module).
     */
    public static Map<String, String> load(Connection connection, List<Rows.Workspace> workspaces, BenchSize size,
            long seed, Map<String, Long> rows) throws SQLException {
        if (!exists(connection) || workspaces.isEmpty()) {
            return Map.of();
        }
        return new KnowledgeGenerator(connection, seed).generate(workspaces, size, rows);
    }

    private Map<String, String> generate(List<Rows.Workspace> workspaces, BenchSize size, Map<String, Long> rows)
            throws SQLException {
        double scale = Math.min(1.0, size.organisations() / 60_000.0);
        int sheets = Math.max(20, (int) (30_000 * scale));
        int resources = Math.max(20, (int) (50_000 * scale));
        int items = Math.max(50, (int) (100_000 * scale));
        long firstSheet = nextId("knowledge_sheet");
        long firstResource = nextId("knowledge_resource");
        long firstSource = nextId("knowledge_watch_source");
        long firstItem = nextId("knowledge_watch_item");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String firstSlug = null;

        StringWriter sheetRows = new StringWriter();
        StringWriter themeRows = new StringWriter();
        try (CSVPrinter sheet = new CSVPrinter(sheetRows, COPY_CSV); CSVPrinter theme = new CSVPrinter(themeRows, COPY_CSV)) {
            for (int i = 0; i < sheets; i++) {
                long id = firstSheet + i;
                long workspace = workspaces.get(i % workspaces.size()).id();
                String title = pick(SUBJECTS) + " " + pick(PLACES);
                boolean published = i % 10 < 7;
                String slug = published ? slug(title) + "-" + id : null;
                if (published && firstSlug == null) {
                    firstSlug = slug;
                }
                Instant created = now.minus(random.nextInt(1500), ChronoUnit.DAYS);
                sheet.printRecord(id, workspace, title, slug, sentence() + " " + sentence(),
                        published ? "PUBLISHED" : (i % 10 == 7 ? "IN_REVIEW" : "DRAFT"), utc(created), utc(created),
                        published ? utc(created.plus(10, ChronoUnit.DAYS)) : null, "<p>" + sentence() + "</p>",
                        "<p>" + sentence() + " " + sentence() + "</p>", "<p>" + sentence() + "</p>", 0);
                String first = pick(THEMES);
                theme.printRecord(id, first);
                String second = pick(THEMES);
                if (!second.equals(first)) {
                    theme.printRecord(id, second);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.put("knowledge_sheet", copyIn("knowledge_sheet (id, workspace_id, title, slug, summary, status, "
                + "created_at, updated_at, published_at, context, activities, results, version)", sheetRows));
        rows.put("knowledge_sheet_theme", copyIn("knowledge_sheet_theme (sheet_id, theme_code)", themeRows));

        rows.put("knowledge_resource", copyRows("knowledge_resource (id, workspace_id, title, kind, territory, "
                + "document_date, author, file_key, file_name, content_type, size_bytes, extracted_text, extraction, "
                + "created_at, version)", csv -> {
                    for (int i = 0; i < resources; i++) {
                        Instant created = now.minus(random.nextInt(1500), ChronoUnit.DAYS);
                        String text = String.join(" ", sentence(), sentence(), sentence(), sentence(), sentence());
                        print(csv, firstResource + i, workspaces.get(i % workspaces.size()).id(),
                                "Compte rendu " + pick(SUBJECTS).toLowerCase() + " " + pick(PLACES),
                                KINDS[i % KINDS.length], null, created.atZone(ZoneOffset.UTC).toLocalDate(),
                                "Équipe projet", "2026/11/" + UUID.randomUUID(), "document-" + i + ".pdf",
                                "application/pdf", 120_000 + random.nextInt(400_000), text, "DONE", utc(created), 0);
                    }
                }));
        int sourcesPerWorkspace = 2;
        List<long[]> sources = new ArrayList<>();
        rows.put("knowledge_watch_source", copyRows("knowledge_watch_source (id, workspace_id, name, url, paused, "
                + "created_at, version)", csv -> {
                    long id = firstSource;
                    for (Rows.Workspace w : workspaces) {
                        for (int s = 0; s < sourcesPerWorkspace; s++) {
                            sources.add(new long[] {id, w.id()});
                            print(csv, id, w.id(), "Source " + (s + 1), "https://veille.invalid/" + id + "/rss", true,
                                    utc(now), 0);
                            id++;
                        }
                    }
                }));
        rows.put("knowledge_watch_item", copyRows("knowledge_watch_item (id, workspace_id, source_id, guid, title, "
                + "link, summary, published_at, fetched_at, starred, shared, version)", csv -> {
                    for (int i = 0; i < items; i++) {
                        long[] source = sources.get(i % sources.size());
                        Instant at = now.minus(random.nextInt(60 * 24 * 365), ChronoUnit.MINUTES);
                        print(csv, firstItem + i, source[1], source[0], "item-" + i, pick(SUBJECTS) + " : "
                                + pick(PLACES) + " fait parler de lui", "https://veille.invalid/item/" + i, sentence(),
                                utc(at), utc(at), i % 20 == 0, false, 0);
                    }
                }));
        try (Statement statement = connection.createStatement()) {
            for (String table : List.of("knowledge_sheet", "knowledge_resource", "knowledge_watch_source",
                    "knowledge_watch_item")) {
                statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                        + "(select max(id) from " + table + "))");
                statement.execute("analyze " + table);
            }
        }
        Map<String, String> placeholders = new LinkedHashMap<>();
        placeholders.put("sheetSlug", firstSlug);
        placeholders.put("knowledgeQuery", QUERY.replace(" ", "+"));
        return placeholders;
    }

    private long copyRows(String target, Consumer<CSVPrinter> rows) throws SQLException {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, COPY_CSV)) {
            rows.accept(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copyIn(target, text);
    }

    private long copyIn(String target, StringWriter text) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            long copied = copy.copyIn("copy " + target + " from stdin with (format csv)",
                    new StringReader(text.toString()));
            connection.commit();
            return copied;
        } catch (SQLException | IOException e) {
            connection.rollback();
            throw e instanceof SQLException sql ? sql : new SQLException("COPY into " + target + " failed", e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void print(CSVPrinter csv, Object... values) {
        try {
            csv.printRecord(Arrays.asList(values));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select to_regclass('knowledge_sheet') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private long nextId(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private String sentence() {
        return pick(SENTENCES);
    }

    private static String slug(String title) {
        return java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
