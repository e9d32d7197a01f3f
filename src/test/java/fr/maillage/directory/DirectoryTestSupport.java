package fr.maillage.directory;

import com.sun.net.httpserver.HttpServer;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.WorkspaceTestSupport;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the directory tests share, so that they share one application context: a fake company
 * directory (a real HTTP server on a free port, answering in the format of API Recherche
 * d'entreprises; "lent" answers too late, "panne" answers 500), synchronous indexing, and two
 * workspaces with their members.
 */
@MaillageTest
abstract class DirectoryTestSupport extends WorkspaceTestSupport {

    static final HttpServer COMPANIES = startCompanies();

    @Autowired
    DirectoryManagement directory;

    Workspace montbeliard;
    Workspace bourges;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("maillage.directory.company-api-url", () -> "http://127.0.0.1:" + COMPANIES.getAddress().getPort());
        registry.add("maillage.directory.company-read-timeout", () -> "1s");
        registry.add("maillage.directory.export-chunk-size", () -> "7");
        registry.add("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", () -> "sync");
    }

    @BeforeEach
    void createWorkspaces() {
        montbeliard = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null,
                null);
        bourges = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges", null, null, null);
        join(montbeliard, bourges);
    }

    String base(Workspace workspace) {
        return "/espaces/" + workspace.getId() + "/annuaire";
    }

    Organisation organisation(String name, OrganisationKind kind, String commune, Set<String> themes) {
        return directory.createOrganisation(new OrganisationDetails(name, null, kind, null, null, null, null, null,
                commune, Set.of(), themes, null, null, null));
    }

    private static HttpServer startCompanies() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/search", exchange -> {
                String query = exchange.getRequestURI().getQuery();
                if (query.contains("q=lent")) {
                    sleep();
                }
                boolean broken = query.contains("q=panne");
                byte[] body = (broken ? "{\"erreur\":\"panne\"}" : RESULTS).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(broken ? 500 : 200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "fake-company-directory");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static final String RESULTS = """
            {"results":[{"siren":"732829320","nom_complet":"ASSOCIATION LES PETITS DEBROUILLARDS DU DOUBS",
              "nature_juridique":"9220","section_activite_principale":"S",
              "siege":{"siret":"73282932000074","adresse":"12 RUE DE LA PAIX 25200 MONTBELIARD",
                       "code_postal":"25200","commune":"25388","libelle_commune":"MONTBELIARD","epci":"242504496"},
              "complements":{"est_association":true,"identifiant_association":"W251002345","est_ess":true}},
             {"siren":"552100554","nom_complet":"SOCIETE DES AUTOMOBILES","nature_juridique":"5710",
              "siege":{"siret":"55210055400013","adresse":"7 RUE DU PORT 25200 MONTBELIARD","code_postal":"25200",
                       "commune":"25388","libelle_commune":"MONTBELIARD"},
              "complements":{"est_association":false,"identifiant_association":null}}],
             "total_results":2,"page":1,"per_page":10,"total_pages":1}
            """;
}
