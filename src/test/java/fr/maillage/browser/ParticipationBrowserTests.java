package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.UserAccount;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Scenario 6 in a real browser: a chef de projet creates a citizen council, imports its volunteers,
 * draws 12 residents with gender parity, appoints them, publishes the council; then a visitor reads
 * the public page and re-runs the draw. axe-core on every page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
@TestPropertySource(properties = "maillage.test.context=participation-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ParticipationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    Browser browser;
    UserAccount pilote;
    Workspace workspace;
    String councilUrl;
    String drawUrl;

    @BeforeAll
    void setUp() throws Exception {
        pilote = users.create("Pilote Participation", false);
        workspace = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null, null);
        workspaces.addToPerimeter(workspace.getId(), TerritoryKind.QPV, "QN02501M");
        workspaces.addToPerimeter(workspace.getId(), TerritoryKind.QPV, "QN02502M");
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
    void a_council_is_created_from_the_participation_menu() {
        browser.go("/espaces/" + workspace.getId());
        browser.clickLink("Participation");
        assertThat(browser.heading()).isEqualTo("Participation des habitants");
        browser.assertAccessible();
        browser.clickLink("Nouvelle instance");
        browser.assertAccessible();
        browser.type("name", "").submit("name");
        assertThat(browser.text()).contains("Le formulaire contient des erreurs", "Choisissez au moins un quartier");
        browser.assertAccessible();
        browser.type("name", "Conseil citoyen de la Petite Hollande");
        browser.click(browser.find(By.id("qpv-0")));
        browser.click(browser.find(By.id("qpv-1")));
        browser.submit("name");
        assertThat(browser.heading()).isEqualTo("Conseil citoyen de la Petite Hollande");
        councilUrl = browser.path();
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void volunteers_are_imported_from_a_windows_csv() throws Exception {
        browser.go(councilUrl);
        browser.clickLink("Nouveau vivier");
        browser.assertAccessible();
        browser.type("name", "Volontaires 2026").submit("name");
        StringBuilder csv = new StringBuilder("Nom;Prénom;Sexe;Âge;Quartier\r\n");
        for (int i = 1; i <= 30; i++) {
            csv.append("Nom").append(i).append(";Prénom").append(i).append(';').append(i % 2 == 1 ? "F" : "H")
                    .append(';').append(18 + i * 2).append(';').append(i % 3 == 0 ? "QN02502M" : "Petite Hollande")
                    .append("\r\n");
        }
        Path file = Files.createTempFile("vivier", ".csv");
        Files.write(file, csv.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")));
        browser.find(By.id("fichier")).sendKeys(file.toString());
        browser.clickButton("Importer");
        assertThat(browser.text()).contains("30 personnes ajoutées au vivier", "V00030");
        browser.assertAccessible();
        browser.type("firstName", "Élise").type("lastName", "Bénard").select("gender", "Femme")
                .select("ageBand", "26-40 ans").select("qpvCode", "Petite Hollande").submit("firstName");
        assertThat(browser.text()).contains("31 personnes dans le vivier");
    }

    @Test
    @Order(3)
    void twelve_residents_are_drawn_with_gender_parity_and_appointed() {
        browser.go(councilUrl);
        browser.clickLink("Tirer au sort");
        browser.assertAccessible();
        browser.clickButton("Proposer les quotas");
        assertThat(browser.text()).contains("12 sièges au total");
        browser.assertAccessible();
        browser.type("seedPhrase", "2026-11-22 Loto 4 12 25 33 41 chance 7").submit("seedPhrase");
        assertThat(browser.heading()).startsWith("Tirage au sort n°");
        assertThat(browser.text()).contains("Femmes : 6 siège(s) parmi 16", "Hommes : 6 siège(s) parmi 15");
        drawUrl = browser.path();
        browser.assertAccessible();
        browser.clickButton("Nommer les tirés au sort");
        assertThat(browser.text()).contains("12 habitants tirés au sort rejoignent l'instance");
        browser.assertAccessible();
        browser.clickLink("Composition détaillée et graphique");
        assertThat(browser.text()).contains("Habitants du quartier : Petite Hollande");
        browser.assertAccessible();
    }

    @Test
    @Order(4)
    void a_member_leaves_and_the_next_substitute_takes_his_seat() {
        browser.go(councilUrl);
        browser.navigate(browser.find(By.cssSelector("table a[href*='/membres/']")));
        browser.assertAccessible();
        browser.clickButton("Enregistrer le départ");
        assertThat(browser.text()).contains("suppléant suivant de la même case");
        browser.clickLink("Historique des membres");
        assertThat(browser.text()).contains("Démission", "Suppléant appelé");
        browser.assertAccessible();
    }

    @Test
    @Order(5)
    void the_council_is_published_and_a_visitor_re_runs_the_draw() {
        browser.go(councilUrl);
        browser.clickLink("Publication sur le portail");
        browser.assertAccessible();
        browser.click(browser.find(By.id("published1")));
        browser.click(browser.find(By.id("memberCounts1")));
        browser.type("contactEmail", "conseil.ph@exemple.fr").submit("contactEmail");
        browser.go("/");
        browser.click(browser.find(By.id("menu-utilisateur")));
        browser.clickButton("Se déconnecter");
        browser.go("/conseils-citoyens");
        assertThat(browser.text()).contains("Conseil citoyen de la Petite Hollande");
        browser.assertAccessible();
        browser.clickLink("Conseil citoyen de la Petite Hollande");
        assertThat(browser.text()).contains("Collège des habitants : 12", "conseil.ph@exemple.fr")
                .doesNotContain("Prénom");
        browser.assertAccessible();
        browser.navigate(browser.find(By.cssSelector("a[href*='/conseils-citoyens/tirages/']")));
        browser.assertAccessible();
        String firstDrawn = browser.find(By.cssSelector("tbody td span")).getText().strip();
        browser.clickLink("Refaire ce tirage");
        browser.assertAccessible();
        browser.clickButton("Refaire le tirage");
        assertThat(browser.find(By.id("resultat")).getText()).contains(firstDrawn);
        browser.assertAccessible();
        browser.go("/conseils-citoyens/methode").assertAccessible();
        assertThat(browser.text()).contains("Fisher-Yates");
    }
}
