package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.UserAccount;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A chef de projet fills his actor directory in a real browser: an organisation refused then
 * accepted, a contact, a French full-text search; axe-core on every directory page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
@TestPropertySource(properties = {"maillage.test.context=directory-browser",
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DirectoryBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    Browser browser;
    UserAccount pilote;
    UserAccount admin;
    Workspace workspace;

    @BeforeAll
    void setUp() throws Exception {
        pilote = users.create("Pilote Annuaire", false);
        admin = users.create("Admin Annuaire", true);
        workspace = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null,
                null);
        workspaces.addMember(workspace.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        browser = Browser.open(port);
        LoginPage.open(browser).logIn(pilote.getEmail(), TestUsers.PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void an_organisation_with_a_wrong_siret_is_refused_then_recorded() {
        browser.go("/espaces/" + workspace.getId());
        browser.clickLink("Annuaire des acteurs");
        assertThat(browser.path()).startsWith("/espaces/" + workspace.getId() + "/annuaire");
        browser.assertAccessible();
        browser.go("/espaces/" + workspace.getId() + "/annuaire/organisations/nouvelle").assertAccessible();

        browser.type("name", "Association Réussite Éducative").select("kind", "Association")
                .type("siret", "12345678901234").type("communeCode", "25388").submit("name");
        assertThat(browser.text()).contains("Le formulaire contient des erreurs");
        browser.assertAccessible();

        browser.type("siret", validSiret("44306184100047")).submit("name");
        assertThat(browser.heading()).isEqualTo("Association Réussite Éducative");
        assertThat(browser.text()).contains("Montbéliard");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void a_contact_is_recorded_with_his_legal_basis() {
        browser.go("/espaces/" + workspace.getId() + "/annuaire/contacts/nouveau").assertAccessible();
        browser.type("firstName", "Yasmine").type("lastName", "Benali").type("jobTitle", "Coordinatrice")
                .select("legalBasis", "Mission d'intérêt public").submit("firstName");
        assertThat(browser.heading()).contains("Yasmine", "Benali");
        browser.assertAccessible();
    }

    @Test
    @Order(3)
    void french_search_finds_the_organisation_by_a_stem() {
        browser.go("/espaces/" + workspace.getId() + "/annuaire");
        browser.type("q", "éducatives");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("resultats"), "Association Réussite Éducative"));
        browser.assertAccessible();
        browser.go("/espaces/" + workspace.getId() + "/annuaire?onglet=contacts").assertAccessible();
        assertThat(browser.text()).contains("Benali");
    }

    @Test
    @Order(4)
    void import_duplicates_and_review_pages_are_accessible() {
        String base = "/espaces/" + workspace.getId() + "/annuaire";
        browser.go(base + "/doublons").assertAccessible();
        browser.go(base + "/contacts/a-revoir").assertAccessible();
        browser.go(base + "/import").assertAccessible();
    }

    @Test
    @Order(5)
    void a_windows_csv_is_imported_through_mapping_preview_and_progress() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("acteurs", ".csv");
        java.nio.file.Files.write(csv, ("nom;type;commune\r\nCentre social Les Buis;Association;25580\r\n"
                + "Régie de quartier du Pays de Montbéliard;Association;25388\r\n")
                .getBytes(java.nio.charset.Charset.forName("windows-1252")));
        browser.go("/espaces/" + workspace.getId() + "/annuaire/import");
        browser.click(browser.find(By.id("type-organisations")));
        browser.find(By.id("fichier")).sendKeys(csv.toString());
        browser.clickButton("Envoyer le fichier");
        browser.assertAccessible();
        browser.clickButton("Voir l'aperçu");
        assertThat(browser.text()).contains("Régie de quartier du Pays de Montbéliard");
        browser.assertAccessible();
        browser.clickButton("Confirmer l'import");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.tagName("main"), "Compte rendu"));
        assertThat(browser.text()).contains("2 fiches créées");
        browser.assertAccessible();
    }

    @Test
    @Order(6)
    void administrators_edit_the_theme_taxonomy() {
        browser.go("/");
        browser.click(browser.find(By.id("menu-utilisateur")));
        browser.clickButton("Se déconnecter");
        LoginPage.open(browser).logIn(admin.getEmail(), TestUsers.PASSWORD);
        browser.go("/admin/annuaire/thematiques");
        assertThat(browser.heading()).isEqualTo("Thématiques de l'annuaire");
        assertThat(browser.driver().findElements(By.cssSelector("input[type=text]"))).hasSizeGreaterThanOrEqualTo(15);
        browser.assertAccessible();
    }

    /** Makes the last digit of a 14-digit number satisfy the Luhn checksum. */
    private static String validSiret(String digits) {
        String base = digits.substring(0, 13);
        for (int last = 0; last <= 9; last++) {
            String candidate = base + last;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int d = candidate.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    d *= 2;
                    if (d > 9) {
                        d -= 9;
                    }
                }
                sum += d;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException();
    }
}
