package fr.maillage.knowledge;

import com.sun.net.httpserver.HttpServer;
import fr.maillage.account.UserAccount;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.WorkspaceTestSupport;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the knowledge tests share, so that they share one application context: a local HTTP server
 * serving feeds (an RSS one, an Atom one, a slow one and a broken one), synchronous indexing, a
 * short feed time limit, no scheduled polling, and two workspaces with their members.
 */
@MaillageTest
abstract class KnowledgeTestSupport extends WorkspaceTestSupport {

    static final HttpServer FEEDS = startFeeds();

    @Autowired
    KnowledgeManagement knowledge;

    Workspace montbeliard;
    Workspace bourges;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("maillage.knowledge.watch-polling", () -> "false");
        registry.add("maillage.knowledge.watch-timeout", () -> "3s");
        registry.add("maillage.knowledge.inline-extraction-max-size", () -> "50KB");
        registry.add("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", () -> "sync");
    }

    @BeforeEach
    void createWorkspaces() {
        montbeliard = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null,
                null);
        bourges = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges", null, null, null);
        join(montbeliard, bourges);
    }

    static String feedUrl(String path) {
        return "http://127.0.0.1:" + FEEDS.getAddress().getPort() + path;
    }

    /** A sheet of the workspace taken through review to the public portal. */
    ExperienceSheet published(Workspace workspace, UserAccount author, SheetDetails details) {
        ExperienceSheet sheet = knowledge.create(workspace.getId(), author.getId(), null, details);
        sheet = knowledge.submit(workspace.getId(), sheet.getId(), sheet.getVersion());
        sheet = knowledge.sheet(workspace.getId(), sheet.getId());
        return knowledge.publish(workspace.getId(), sheet.getId(), sheet.getVersion());
    }

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>ANCT actualités</title><link>https://anct.example/</link>
            <description>Actualités</description>
            <item><title>Nouveaux contrats de ville signés</title><link>https://anct.example/a1</link>
              <guid>anct-1</guid><description>&lt;p&gt;Les &lt;b&gt;contrats&lt;/b&gt; Engagements Quartiers 2030 avancent.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description>
              <pubDate>Mon, 16 Nov 2026 09:00:00 GMT</pubDate></item>
            <item><title>Cités éducatives : appel à projets 2027</title><link>https://anct.example/a2</link>
              <guid>anct-2</guid><description>Les cités éducatives lancent leur appel.</description></item>
            <item><title>Doublon du premier</title><link>https://anct.example/a1</link><guid>anct-1</guid></item>
            </channel></rss>
            """;

    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Observatoire</title><id>urn:obs</id>
            <updated>2026-11-20T10:00:00Z</updated>
            <entry><title>Rapport sur la parentalité dans les quartiers</title><id>urn:obs:1</id>
              <link href="https://obs.example/1"/><updated>2026-11-20T10:00:00Z</updated>
              <summary>Soutien à la parentalité : état des lieux.</summary></entry>
            </feed>
            """;

    private static HttpServer startFeeds() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/rss", exchange -> answer(exchange, 200, RSS));
            server.createContext("/atom", exchange -> answer(exchange, 200, ATOM));
            server.createContext("/broken", exchange -> answer(exchange, 500, "panne"));
            server.createContext("/garbage", exchange -> answer(exchange, 200, "<html>pas un flux</html>"));
            server.createContext("/slow", exchange -> {
                try {
                    Thread.sleep(10000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                answer(exchange, 200, RSS);
            });
            server.setExecutor(Executors.newCachedThreadPool(r -> {
                Thread t = new Thread(r, "test-feeds");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml; charset=UTF-8");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            // the client gave up (the slow feed): nothing to answer
        }
        exchange.close();
    }
}
