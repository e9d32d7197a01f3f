package fr.maillage.search;

import fr.maillage.search.internal.SearchDocument;
import fr.maillage.testing.MaillageTest;
import jakarta.persistence.EntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Not a test (the build does not run it): the global search's latency over the knowledge module's
 * national volume, inside the application (no HTTP): 30,000 sheets, 50,000 resources and 100,000
 * watch items written to the search table, indexed by the mass indexer, then the 20 bench queries
 * and French words asked in turn by a member of a workspace, with facets and highlights as on the
 * search page. Run it alone: {@code ./mvnw -o test -Dtest=SearchMeasurement}.
 */
@MaillageTest
class SearchMeasurement {

    private static final String[] WORDS = {"parentalité", "éducatives", "emploi des jeunes", "médiation numérique",
        "conseil citoyen", "parantalité", "decrochage scolaire", "santé mentale", "jardins partagés",
        "réussite éducative", "saint denis", "marseille", "besancon", "roubaix", "grigny", "mulhouse", "nimes",
        "le havre", "trappes", "sarcelles"};
    private static final String[] SUBJECTS = {"Soutien à la parentalité", "Accompagnement à la scolarité",
        "Médiation numérique", "Insertion professionnelle des jeunes", "Santé mentale des adolescents",
        "Gestion urbaine de proximité", "Conseil citoyen", "Éducation populaire", "Lutte contre le décrochage scolaire",
        "Accès aux droits des seniors", "Jardins partagés", "Réussite éducative", "Vacances apprenantes"};
    private static final String[] TOWNS = {"Saint-Denis", "Marseille", "Besançon", "Roubaix", "Grigny", "Mulhouse",
        "Nîmes", "Le Havre", "Trappes", "Sarcelles", "Montbéliard", "Dijon", "Bourges", "Valenciennes", "Anzin"};
    private static final String[] SENTENCES = {
        "Les ateliers réunissent chaque semaine des familles du quartier prioritaire avec les partenaires éducatifs.",
        "Le comité de pilotage a validé la programmation et les cofinancements de l'État et de la collectivité.",
        "Les habitants ont participé au diagnostic en marchant et aux réunions publiques.",
        "L'évaluation montre une hausse de la fréquentation et une meilleure coordination des acteurs.",
        "Le programme de réussite éducative oriente les enfants repérés par les équipes pluridisciplinaires.",
        "Les adultes-relais assurent la médiation entre les familles et les institutions."};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    GlobalSearch search;

    @Test
    void searches_over_the_national_volume() throws Exception {
        long t0 = System.nanoTime();
        insert("experience", 30_000, 1.0, 1);
        insert("resource", 50_000, 0.3, 2);
        insert("watch", 100_000, 0.0, 3);
        long t1 = System.nanoTime();
        Search.mapping(entityManagerFactory).scope(SearchDocument.class).massIndexer().purgeAllOnStart(true)
                .threadsToLoadObjects(2).batchSizeToLoadObjects(500).startAndWait();
        long t2 = System.nanoTime();
        Searcher member = new Searcher(true, false, java.util.Set.of(1L, 2L, 3L));
        for (int i = 0; i < 100; i++) {
            search.search(SearchRequest.of(WORDS[i % WORDS.length]), member, PageRequest.of(0, 10));
        }
        int rounds = Integer.getInteger("search.rounds", 400);
        List<Long> micros = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            total += search.search(SearchRequest.of(WORDS[i % WORDS.length]), i % 2 == 0 ? member : Searcher.ANONYMOUS,
                    PageRequest.of(0, Integer.getInteger("search.page", 10))).page().getTotalElements();
            micros.add((System.nanoTime() - s) / 1000);
        }
        Collections.sort(micros);
        System.out.printf("%nSEARCH MEASUREMENT: 180000 documents written in %d ms, mass-indexed in %d ms "
                + "(%.0f documents/s); %d searches (page of %d, 4 facets, highlights; members and visitors "
                + "alternately; %d hits in all): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; load average %.2f%n%n",
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, 180_000 * 1e9 / (t2 - t1), rounds,
                Integer.getInteger("search.page", 10), total,
                micros.get(rounds / 2) / 1000.0, micros.get(rounds * 95 / 100) / 1000.0,
                micros.get(rounds * 99 / 100) / 1000.0, micros.get(rounds - 1) / 1000.0, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private void insert(String type, int count, double publicShare, long workspaceId) {
        Random random = new Random(42 + workspaceId);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("insert into search_document (doc_type, ref_id, workspace_id, visible_to_public, title, body, "
                + "themes, territories, doc_year, url, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        String town = TOWNS[random.nextInt(TOWNS.length)];
                        String title = SUBJECTS[random.nextInt(SUBJECTS.length)] + " à " + town;
                        StringBuilder body = new StringBuilder(title).append(". ");
                        for (int s = 0; s < (type.equals("watch") ? 2 : 8); s++) {
                            body.append(SENTENCES[random.nextInt(SENTENCES.length)]).append(' ');
                        }
                        ps.setString(1, type);
                        ps.setLong(2, 10_000_000L + i);
                        ps.setLong(3, 1 + random.nextInt(40));
                        ps.setBoolean(4, random.nextDouble() < publicShare);
                        ps.setString(5, title);
                        ps.setString(6, body.toString());
                        ps.setString(7, "Éducation\nParentalité");
                        ps.setString(8, town);
                        ps.setInt(9, 2019 + random.nextInt(8));
                        ps.setString(10, "/" + type + "/" + i);
                        ps.setTimestamp(11, now);
                    }

                    @Override
                    public int getBatchSize() {
                        return count;
                    }
                });
    }
}
