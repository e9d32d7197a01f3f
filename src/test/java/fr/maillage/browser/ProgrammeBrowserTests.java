package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.UserAccount;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A cité éducative chef de projet sets his strategy and writes a fiche action in a real browser:
 * the national objectives pre-filled, an axis moved with the keyboard, an objective added, an
 * action whose carrier is found in the directory; axe-core on the tree, the list, the form and the
 * action's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
@TestPropertySource(properties = {"maillage.test.context=directory-browser",
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProgrammeBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    DirectoryManagement directory;

    Browser browser;
    Workspace cite;
    Organisation college;

    @BeforeAll
    void setUp() throws Exception {
        UserAccount pilote = users.create("Pilote Cité", false);
        cite = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative Valenciennes – Anzin", null, null, null);
        workspaces.addToPerimeter(cite.getId(), TerritoryKind.COMMUNE, "59606");
        workspaces.addMember(cite.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        college = directory.createOrganisation(new OrganisationDetails("Collège Chasse Royale", null,
                OrganisationKind.ETABLISSEMENT_SCOLAIRE, null, null, "0590002B", null, null, "59606", Set.of(),
                Set.of(), null, null, null));
        browser = Browser.open(port);
        LoginPage.open(browser).logIn(pilote.getEmail(), TestUsers.PASSWORD);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Date fields are typed the way the browser's locale wants: the value is set as the form sends it. */
    private void date(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = arguments[1];", browser.find(By.id(id)), isoDate);
    }

    @Test
    @Order(1)
    void the_strategy_is_prefilled_reordered_with_the_keyboard_and_completed() {
        browser.go("/espaces/" + cite.getId());
        browser.clickLink("Stratégie");
        browser.assertAccessible();
        browser.clickButton("Préremplir avec les trois objectifs nationaux");
        assertThat(browser.text()).contains("Conforter le rôle de l'école", "Ouvrir le champ des possibles");
        browser.assertAccessible();

        WebElement down = browser.find(By.cssSelector("button[aria-label=\"Descendre « Conforter le rôle de l'école »\"]"));
        WebElement page = browser.find(By.tagName("html"));
        down.sendKeys(Keys.ENTER);
        browser.waitUntilReplaced(page);
        String text = browser.text();
        assertThat(text.indexOf("Promouvoir la continuité éducative"))
                .isLessThan(text.indexOf("Conforter le rôle de l'école"));

        browser.click(browser.find(By.xpath("//summary[contains(., \"Conforter le rôle de l'école\")]")));
        WebElement axis = browser.find(By.xpath("//li[starts-with(@id,'axe-')][.//span[normalize-space()=\"Conforter le rôle de l'école\"]]"));
        String titleId = axis.findElement(By.cssSelector("input[name=title]")).getAttribute("id");
        browser.type(titleId, "Renforcer la maîtrise de la langue").submit(titleId);
        assertThat(browser.text()).contains("Renforcer la maîtrise de la langue");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void an_action_is_written_with_its_carrier_found_in_the_directory() {
        browser.go("/espaces/" + cite.getId() + "/actions").assertAccessible();
        browser.clickLink("Nouvelle fiche action");
        browser.assertAccessible();
        browser.type("title", "Devoirs faits renforcés").type("carrierQuery", "Chasse Royale");
        browser.navigate(browser.find(By.cssSelector("button[name=operation][value=carrier]")));
        assertThat(browser.text()).contains("Collège Chasse Royale");
        browser.assertAccessible();
        browser.click(browser.find(By.id("porteur-" + college.getId())));
        browser.click(browser.find(By.xpath("//label[normalize-space()='Renforcer la maîtrise de la langue']")));
        browser.click(browser.find(By.xpath("//label[normalize-space()='11-15 ans']")));
        browser.type("year", "2027").type("budget", "18 000,00");
        date("startDate", "2027-06-01");
        date("endDate", "2027-01-01");
        browser.navigate(browser.find(By.cssSelector("button[name=operation][value=save]")));
        assertThat(browser.text()).contains("La date de fin doit être postérieure ou égale à la date de début.");
        browser.assertAccessible();
        date("endDate", "2027-06-30");
        browser.navigate(browser.find(By.cssSelector("button[name=operation][value=save]")));
        assertThat(browser.heading()).isEqualTo("Devoirs faits renforcés");
        assertThat(browser.text()).contains("Collège Chasse Royale", "18 000,00 €", "Renforcer la maîtrise de la langue");
        browser.assertAccessible();
        browser.go("/espaces/" + cite.getId() + "/actions?annee=2027").assertAccessible();
        assertThat(browser.text()).contains("1 action", "Devoirs faits renforcés");
    }
}
