package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.UserAccount;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.funding.Actor;
import fr.maillage.funding.Application;
import fr.maillage.funding.ApplicationDetails;
import fr.maillage.funding.ApplicationInstruction;
import fr.maillage.funding.BudgetAccount;
import fr.maillage.funding.BudgetLine;
import fr.maillage.funding.CallDetails;
import fr.maillage.funding.CallForProjects;
import fr.maillage.funding.Criterion;
import fr.maillage.funding.EnvelopeManagement;
import fr.maillage.funding.Funder;
import fr.maillage.funding.FundingManagement;
import fr.maillage.funding.FundingStatus;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
 * A chef de projet follows the year's funding in a real browser: calls, applications (an unbalanced
 * budget refused with its difference), an application's page, envelopes and the dashboard; axe-core
 * on each page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
@TestPropertySource(properties = {"maillage.test.context=funding-browser",
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FundingBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    FundingManagement funding;

    @Autowired
    ApplicationInstruction instruction;

    @Autowired
    EnvelopeManagement envelopes;

    Browser browser;
    Workspace workspace;
    Application application;
    String base;

    @BeforeAll
    void setUp() throws Exception {
        UserAccount pilote = users.create("Pilote Financements", false);
        workspace = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null,
                null);
        workspaces.addMember(workspace.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        base = "/espaces/" + workspace.getId() + "/financements";
        Organisation carrier = directory.createOrganisation(new OrganisationDetails("Centre social Petite Hollande",
                null, OrganisationKind.ASSOCIATION, null, null, null, null, null, "25388", Set.of(), Set.of(), null,
                null, null));
        CallForProjects call = funding.createCall(workspace.getId(), new CallDetails(2027, "Appel à projets 2027",
                "<p>Réussite éducative</p>", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 30),
                Set.of(Funder.ETAT_BOP147, Funder.CAF), List.of(new Criterion("Faisabilité", 1, 5))));
        Actor actor = new Actor(pilote.getId(), pilote.getDisplayName());
        application = funding.createApplication(workspace.getId(), new ApplicationDetails(call.getId(), 2027,
                carrier.getId(), null, null, null, "Axe 1 — Éducation", "Atelier parents", null, null, null, false,
                false, Set.of(), List.of(new BudgetLine(BudgetAccount.C64, null, null, new BigDecimal("16000")),
                        new BudgetLine(BudgetAccount.R74, Funder.ETAT_BOP147, null, new BigDecimal("12000")),
                        new BudgetLine(BudgetAccount.R74, Funder.CAF, null, new BigDecimal("4000")))), actor);
        for (FundingStatus target : List.of(FundingStatus.DEPOSE, FundingStatus.RECEVABLE)) {
            instruction.move(workspace.getId(), application.getId(), null, target, "", actor);
        }
        envelopes.define(workspace.getId(), Funder.ETAT_BOP147, 2027, new BigDecimal("200000"), null, null, null,
                null);
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
    void calls_list_page_and_form_are_accessible() {
        browser.go("/espaces/" + workspace.getId());
        browser.clickLink("Appels à projets");
        assertThat(browser.heading()).isEqualTo("Appels à projets");
        browser.assertAccessible();
        browser.clickLink("Appel à projets 2027");
        assertThat(browser.text()).contains("Réussite éducative", "Faisabilité");
        browser.assertAccessible();
        browser.go(base + "/appels/nouveau").assertAccessible();
    }

    @Test
    @Order(2)
    void an_unbalanced_budget_is_refused_in_the_browser() {
        browser.go(base + "/dossiers");
        browser.assertAccessible();
        browser.clickLink("Nouveau dossier");
        browser.type("q", "Petite Hollande").submit("q");
        browser.assertAccessible();
        browser.clickLink("Centre social Petite Hollande");
        browser.type("title", "Chantier éducatif").type("amount-C64", "10000").type("amount-R74_ETAT_BOP147", "9000");
        browser.submit("title");
        assertThat(browser.text()).contains("Le budget n’est pas équilibré", "charges non couvertes");
        browser.assertAccessible();
        browser.type("amount-R70", "1000").submit("title");
        assertThat(browser.heading()).contains("Chantier éducatif");
        browser.assertAccessible();
    }

    @Test
    @Order(3)
    void the_application_page_with_its_instruction_forms_is_accessible() {
        browser.go(base + "/dossiers/" + application.getId());
        assertThat(browser.heading()).contains("Atelier parents");
        browser.assertAccessible();
        browser.type("comment", "Vu en COTECH");
        browser.navigate(browser.find(By.xpath("//button[normalize-space()=\"Enregistrer l’avis\"]")));
        assertThat(browser.text()).contains("L’avis du financeur est enregistré.", "Instruit");
        browser.assertAccessible();
    }

    @Test
    @Order(4)
    void envelopes_and_dashboard_are_accessible() {
        browser.go(base + "/enveloppes").assertAccessible();
        browser.clickLink("État (BOP 147) 2027");
        browser.type("target", "Montbéliard").type("amount", "250000").submit("target");
        assertThat(browser.text()).contains("dépasserait l’enveloppe", "il ne reste que");
        browser.assertAccessible();
        browser.go(base + "/tableau-de-bord?annee=2027");
        assertThat(browser.text()).contains("Par financeur", "État (BOP 147)");
        browser.assertAccessible();
    }
}
