package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.UserAccount;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.newsletter.Newsletter;
import fr.maillage.newsletter.NewsletterManagement;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.util.List;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A visitor searches the portal and subscribes to a newsletter; a centre de ressources' pilote
 * composes and previews an issue. axe-core on each page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
@TestPropertySource(properties = "maillage.test.context=search-newsletter-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SearchNewsletterBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    NewsletterManagement newsletters;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    Browser browser;
    UserAccount pilote;
    Workspace crpv;
    Newsletter newsletter;

    @BeforeAll
    void setUp() throws Exception {
        pilote = users.create("Pilote Lettre", false);
        crpv = workspaces.create(WorkspaceType.CENTRE_RESSOURCES, "Centre de ressources Bourgogne-Franche-Comté", null,
                null, null);
        workspaces.addMember(crpv.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        newsletter = newsletters.describe(crpv.getId(), -1, "La lettre du centre de ressources", "Chaque mois.", true);
        new TransactionTemplate(transactions).executeWithoutResult(s -> events.publishEvent(new SearchableContent(
                "experience", 424242L, crpv.getId(), true, "Soutien à la parentalité au centre social",
                "Des ateliers d'éducation populaire pour les parents.", List.of("Parentalité"), List.of("Dijon"), 2025,
                "/fiches/soutien-parentalite")));
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
    void a_visitor_finds_a_sheet_with_a_typo_and_narrows_by_facet() {
        browser.go("/recherche").assertAccessible();
        browser.type("q", "parantalité").submit("q");
        assertThat(browser.text()).contains("Soutien à la parentalité au centre social").contains("1 résultat");
        assertThat(browser.find(By.cssSelector(".search-results mark")).getText()).isEqualToIgnoringCase("parentalité");
        browser.assertAccessible();
        browser.clickLink("Fiche d'expérience (1)");
        assertThat(browser.text()).contains("Fiche d'expérience (retirer ce filtre)");
    }

    @Test
    @Order(2)
    void a_visitor_subscribes_to_the_newsletter() {
        browser.go("/lettre");
        assertThat(browser.heading()).isEqualTo("S'abonner à la lettre d'information");
        browser.assertAccessible();
        browser.submit("email");
        assertThat(browser.text()).contains("Cochez la case pour donner votre accord.");
        browser.assertAccessible();
        browser.type("email", "visiteur@exemple.fr");
        browser.click(browser.find(By.id("consent")));
        browser.submit("email");
        assertThat(browser.heading()).isEqualTo("Vérifiez votre boîte de réception");
        browser.assertAccessible();
    }

    @Test
    @Order(3)
    void the_pilote_composes_and_previews_an_issue() {
        LoginPage.open(browser).logIn(pilote.getEmail(), TestUsers.PASSWORD);
        browser.go("/espaces/" + crpv.getId() + "/lettre").assertAccessible();
        browser.clickLink("Nouveau numéro").assertAccessible();
        browser.type("title", "Lettre de décembre").type("introduction", "<p>Bonjour <b>à toutes et tous</b></p>")
                .submit("title");
        assertThat(browser.heading()).isEqualTo("Lettre de décembre");
        browser.assertAccessible();
        browser.type("heading", "Rencontre régionale").type("text", "<p>Le programme est en ligne.</p>")
                .submit("heading");
        assertThat(browser.text()).contains("Section ajoutée.").contains("Rencontre régionale");
        browser.assertAccessible();
        browser.clickLink("Aperçu web");
        assertThat(browser.text()).contains("Le programme est en ligne.").contains("à toutes et tous");
        browser.assertAccessible();
    }
}
