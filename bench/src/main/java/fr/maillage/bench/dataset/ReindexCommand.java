package fr.maillage.bench.dataset;

import fr.maillage.MaillageApplication;
import fr.maillage.bench.Args;
import fr.maillage.bench.Json;
import fr.maillage.territory.TerritoryLoader;
import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code reindex} command: rows copied straight into the tables are not in the search indexes,
 * and the application has no reindexing endpoint, so the harness starts the application's own
 * context (its web server on a free loopback port, unused), on the run's database and a fresh index
 * folder, and rebuilds every index with Hibernate Search's mass indexer, timed. The application is
 * then started on that folder.
 */
public final class ReindexCommand {

    private ReindexCommand() {
    }

    public static ObjectNode run(Args args) throws Exception {
        String[] settings = {"--spring.datasource.url=" + args.get("jdbc"),
            "--spring.datasource.username=" + args.get("db-user", "postgres"),
            "--spring.datasource.password=" + args.get("db-password", ""),
            "--maillage.data-dir=" + args.get("data-dir"), "--spring.main.banner-mode=off",
            // The security configuration needs the servlet stack: a server on a free loopback port, unused.
            "--server.port=0", "--server.address=127.0.0.1"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MaillageApplication.class)
                .run(settings)) {
            // The territory module indexes the communes by itself on an empty folder; let it finish first.
            context.getBean(TerritoryLoader.class).awaitIndexed(Duration.ofMinutes(10));
            SearchMapping mapping = Search.mapping(context.getBean(EntityManagerFactory.class));
            ObjectNode report = Json.object();
            ArrayNode entities = report.putArray("entities");
            try (var entityManager = context.getBean(EntityManagerFactory.class).createEntityManager()) {
                mapping.allIndexedEntities().forEach(e -> entities.add(e.jpaName() + " " + entityManager
                        .createQuery("select count(e) from " + e.jpaName() + " e", Long.class).getSingleResult()));
            }
            long start = System.nanoTime();
            mapping.scope(Object.class).massIndexer().purgeAllOnStart(true).threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(500).idFetchSize(1000).startAndWait();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            report.put("ms", millis);
            Json.write(report, args.path("run").resolve("reindex.json"));
            System.out.printf("Every search index rebuilt by the mass indexer (%s) in %d ms%n", entities, millis);
            return report;
        }
    }
}
