package fr.maillage.bench.dataset;

import fr.maillage.bench.BenchSize;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;

/**
 * The global search's documents as the knowledge module would publish them: experience sheets
 * (published, public), library resources (30 % public) and news watch items (the workspace's own),
 * with French texts built from the vocabulary of the politique de la ville, themes, real commune
 * names and years. National size: 30,000 sheets, 50,000 resources, 100,000 watch items; smaller
 * sizes in proportion to their organisations. Copied straight into {@code search_document}; the
 * reindex step indexes them like every other entity.
 */
public final class SearchGenerator {

    static final int SHEETS = 30_000;
    static final int RESOURCES = 50_000;
    static final int WATCH_ITEMS = 100_000;

    private static final String[] THEMES = {"Éducation", "Parentalité", "Emploi", "Santé", "Cadre de vie",
        "Participation", "Culture", "Sport", "Numérique", "Tranquillité", "Insertion", "Jeunesse",
        "Accès aux droits", "Logement", "Mobilité"};
    private static final String[] SUBJECTS = {"Soutien à la parentalité", "Accompagnement à la scolarité",
        "Médiation numérique", "Insertion professionnelle des jeunes", "Santé mentale des adolescents",
        "Gestion urbaine de proximité", "Conseil citoyen", "Éducation populaire", "Lutte contre le décrochage scolaire",
        "Accès aux droits des seniors", "Prévention de la délinquance", "Jardins partagés", "Mobilité vers l'emploi",
        "Apprentissage du français", "Sport et citoyenneté", "Réussite éducative", "Vacances apprenantes",
        "Cafés des parents", "Chantiers éducatifs", "Cités de l'emploi"};
    private static final String[] PLACES = {"au collège", "au centre social", "dans le quartier", "à la médiathèque",
        "en pied d'immeuble", "à la maison de quartier", "au stade", "à l'école élémentaire", "en mairie annexe"};
    private static final String[] SENTENCES = {
        "Les ateliers réunissent chaque semaine des familles du quartier prioritaire avec les partenaires éducatifs.",
        "Le comité de pilotage a validé la programmation et les cofinancements de l'État et de la collectivité.",
        "Les habitants ont participé au diagnostic en marchant et aux réunions publiques.",
        "L'évaluation montre une hausse de la fréquentation et une meilleure coordination des acteurs.",
        "Les difficultés tiennent à la mobilisation des publics éloignés et au renouvellement des bénévoles.",
        "Le programme de réussite éducative oriente les enfants repérés par les équipes pluridisciplinaires.",
        "La convention pluriannuelle d'objectifs fixe les engagements de chaque financeur.",
        "Les adultes-relais assurent la médiation entre les familles et les institutions.",
        "La cité éducative coordonne les actions autour du collège et des écoles du réseau.",
        "Le bailleur social s'engage au titre de l'abattement de taxe foncière sur les propriétés bâties.",
        "Une journée de qualification a permis d'échanger sur les pratiques professionnelles.",
        "Les résultats sont présentés au conseil citoyen et au comité technique."};

    private SearchGenerator() {
    }

    /** Whether the search module's table exists (the harness predates it). */
    public static boolean available(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select to_regclass('search_document') is not null")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Generates and copies the documents; returns the rows copied, by table. */
    public static Map<String, Long> load(Connection connection, Territory territory, BenchSize size, long seed,
            List<Rows.Workspace> workspaces) throws SQLException {
        double scale = Math.min(1.0, size.organisations() / (double) BenchSize.NATIONAL.organisations());
        Random random = new Random(seed + 9);
        List<Territory.Commune> communes = territory.communes().stream().filter(c -> c.population() > 5_000).toList();
        List<Long> workspaceIds = workspaces.stream().map(Rows.Workspace::id).toList();
        long[] id = {0};
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            // Copied in chunks: the whole set as one CSV text would need more than a gigabyte of heap.
            long copied = 0;
            copied += copy(connection, random, communes, workspaceIds, "experience", (int) (SHEETS * scale), 1.0, id);
            copied += copy(connection, random, communes, workspaceIds, "resource", (int) (RESOURCES * scale), 0.3, id);
            copied += copy(connection, random, communes, workspaceIds, "watch", (int) (WATCH_ITEMS * scale), 0.0, id);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze search_document");
            }
            Map<String, Long> rows = new LinkedHashMap<>();
            rows.put("search_document", copied);
            return rows;
        } catch (SQLException | IOException e) {
            connection.rollback();
            throw e instanceof SQLException sql ? sql : new SQLException("COPY into search_document failed", e);
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static final int CHUNK = 10_000;

    private static long copy(Connection connection, Random random, List<Territory.Commune> communes,
            List<Long> workspaceIds, String type, int count, double publicShare, long[] id)
            throws SQLException, IOException {
        long copied = 0;
        for (int done = 0; done < count; done += CHUNK) {
            StringWriter text = new StringWriter();
            try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.POSTGRESQL_CSV)) {
                write(csv, random, communes, workspaceIds, type, Math.min(CHUNK, count - done), publicShare, id);
            }
            copied += connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy search_document (doc_type, "
                    + "ref_id, workspace_id, visible_to_public, title, body, themes, territories, doc_year, url, "
                    + "updated_at) from stdin with (format csv)", new StringReader(text.toString()));
        }
        return copied;
    }

    private static void write(CSVPrinter csv, Random random, List<Territory.Commune> communes, List<Long> workspaceIds,
            String type, int count, double publicShare, long[] id) throws IOException {
        for (int i = 0; i < count; i++) {
            long refId = ++id[0];
            Territory.Commune commune = communes.get(random.nextInt(communes.size()));
            String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
            String title = subject + " " + PLACES[random.nextInt(PLACES.length)] + " à " + commune.name();
            StringBuilder body = new StringBuilder(title).append(". ");
            int sentences = type.equals("watch") ? 2 : 6 + random.nextInt(6);
            for (int s = 0; s < sentences; s++) {
                body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
            }
            String themes = THEMES[random.nextInt(THEMES.length)] + "\n" + THEMES[random.nextInt(THEMES.length)];
            int year = 2019 + random.nextInt(8);
            csv.printRecord(type, refId, workspaceIds.get(random.nextInt(workspaceIds.size())),
                    random.nextDouble() < publicShare, title, body.toString().strip(), themes, commune.name(), year,
                    "/" + type + "/" + refId, LocalDateTime.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28), 12, 0));
        }
    }
}
