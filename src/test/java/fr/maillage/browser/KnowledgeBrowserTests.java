package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.UserAccount;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.FeedEntry;
import fr.maillage.knowledge.KnowledgeManagement;
import fr.maillage.knowledge.LibraryManagement;
import fr.maillage.knowledge.NewsWatch;
import fr.maillage.knowledge.ResourceDetails;
import fr.maillage.knowledge.ResourceKind;
import fr.maillage.knowledge.SheetDetails;
import fr.maillage.knowledge.WatchSource;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The public portal's sheets as a visitor sees them, then a team writing a sheet, its library and
 * its news watch in a real browser; axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
@TestPropertySource(properties = {"maillage.test.context=knowledge-browser", "maillage.knowledge.watch-polling=false",
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KnowledgeBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    KnowledgeManagement knowledge;

    @Autowired
    LibraryManagement library;

    @Autowired
    NewsWatch watch;

    Browser browser;
    UserAccount pilote;
    Workspace workspace;
    ExperienceSheet published;
    Long itemId;

    @BeforeAll
    void setUp() throws Exception {
        pilote = users.create("Pilote Capitalisation", false);
        workspace = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null,
                null);
        workspaces.addMember(workspace.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        Long ws = workspace.getId();
        ExperienceSheet sheet = knowledge.create(ws, pilote.getId(), null, new SheetDetails(
                "Café des parents de la Petite Hollande", "Un lieu d'accueil pour le soutien à la parentalité.",
                Set.of("25388"), Set.of(), null, Set.of(), Set.of("parentalite"), "Parents d'enfants de 0 à 11 ans",
                LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30), "Des parents isolés.",
                "<ul><li>Rompre l'isolement</li><li>Informer</li></ul>", "Un accueil chaque mardi.", null,
                "35 familles accueillies.", null, "Un local de proximité suffit.", "Mme Durand, centre social"));
        knowledge.submit(ws, sheet.getId(), sheet.getVersion());
        published = knowledge.publish(ws, sheet.getId(), knowledge.sheet(ws, sheet.getId()).getVersion());
        ExperienceSheet other = knowledge.create(ws, pilote.getId(), null,
                SheetDetails.titled("Ateliers de parentalité au centre social", "Soutien à la parentalité."));
        knowledge.submit(ws, other.getId(), other.getVersion());
        knowledge.publish(ws, other.getId(), knowledge.sheet(ws, other.getId()).getVersion());
        library.add(ws, new ResourceDetails("Compte rendu du COPIL", ResourceKind.COMPTE_RENDU, Set.of("education"),
                "Montbéliard", LocalDate.of(2026, 10, 1), "Équipe projet", null), "copil.docx",
                new java.io.ByteArrayInputStream(docx("Le comité valide la programmation.")));
        WatchSource source = watch.addSource(ws, "ANCT", "https://veille.invalid/rss");
        watch.record(source.getId(), List.of(new FeedEntry("g1", "Nouveaux contrats de ville signés",
                "https://veille.invalid/1", "Point d'étape.", Instant.now())), Instant.now());
        watch.recordFailure(source.getId(), "Le serveur a répondu 500.", Instant.now());
        itemId = fr.maillage.knowledge.KnowledgeBrowserSupport.firstItemId(watch, ws);
        browser = Browser.open(port);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void a_visitor_reads_the_latest_sheets_and_finds_one_by_searching() {
        browser.go("/").assertAccessible();
        assertThat(browser.text()).contains("Dernières fiches d'expériences", "Café des parents de la Petite Hollande");
        browser.clickLink("Expériences");
        browser.assertAccessible();
        browser.type("q", "soutien à la parentalité").submit("q");
        assertThat(browser.text()).contains("Café des parents de la Petite Hollande");
        browser.assertAccessible();
        browser.clickLink("Café des parents de la Petite Hollande");
        assertThat(browser.heading()).isEqualTo("Café des parents de la Petite Hollande");
        assertThat(browser.text()).contains("CC BY-SA 4.0", "Fiches proches", "Montbéliard");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void the_team_writes_a_sheet() {
        LoginPage.open(browser).logIn(pilote.getEmail(), TestUsers.PASSWORD);
        browser.go("/espaces/" + workspace.getId() + "/capitalisation").assertAccessible();
        browser.clickLink("Nouvelle fiche");
        browser.assertAccessible();
        browser.type("carrier", "Organisation inconnue").submit("title");
        assertThat(browser.text()).contains("Le formulaire contient des erreurs");
        browser.assertAccessible();
        browser.type("carrier", "").type("title", "Jardins partagés des Buis")
                .type("summary", "Des parcelles cultivées par les habitants.").submit("title");
        assertThat(browser.heading()).isEqualTo("Jardins partagés des Buis");
        browser.assertAccessible();
        browser.go("/espaces/" + workspace.getId() + "/capitalisation/licence").assertAccessible();
    }

    @Test
    @Order(3)
    void the_library_and_the_news_watch_are_usable() {
        Long ws = workspace.getId();
        browser.go("/espaces/" + ws + "/ressources").assertAccessible();
        assertThat(browser.text()).contains("Compte rendu du COPIL");
        browser.clickLink("Compte rendu du COPIL");
        assertThat(browser.text()).contains("Le comité valide la programmation.");
        browser.assertAccessible();
        browser.go("/espaces/" + ws + "/ressources/nouvelle").assertAccessible();
        browser.go("/espaces/" + ws + "/veille").assertAccessible();
        assertThat(browser.text()).contains("Nouveaux contrats de ville signés", "1 source est en erreur");
        browser.go("/espaces/" + ws + "/veille/sources").assertAccessible();
        assertThat(browser.text()).contains("Le serveur a répondu 500.");
        browser.go("/espaces/" + ws + "/veille/" + itemId).assertAccessible();
        browser.type("tags", "contrat de ville").submit("tags");
        assertThat(browser.text()).contains("Les étiquettes ont été enregistrées.");
        browser.assertAccessible();
    }

    private static byte[] docx(String text) throws Exception {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        }
    }
}
