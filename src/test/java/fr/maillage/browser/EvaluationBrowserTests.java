package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.UserAccount;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.directory.Affiliation;
import fr.maillage.directory.ContactDetails;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.LegalBasis;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.evaluation.Direction;
import fr.maillage.evaluation.Disaggregation;
import fr.maillage.evaluation.EvaluationManagement;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.IndicatorDetails;
import fr.maillage.evaluation.IndicatorLevel;
import fr.maillage.evaluation.Periodicity;
import fr.maillage.evaluation.Unit;
import fr.maillage.programme.ActionDraft;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.programme.StrategyManagement;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Scenario 8 in a real browser: the indicator form and page, the library, the dashboard with its
 * charts, the campaign launch and its public answer page (no account), the annual review; axe-core
 * on each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
@TestPropertySource(properties = "maillage.test.context=evaluation-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    EvaluationManagement evaluation;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    StrategyManagement strategy;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    MailOutbox outbox;

    Browser browser;
    UserAccount pilote;
    Workspace cite;
    String email;

    @BeforeAll
    void setUp() throws Exception {
        pilote = users.create("Pilote Évaluation", false);
        cite = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Denain", null, null, null);
        workspaces.addMember(cite.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        var organisation = directory.createOrganisation(new OrganisationDetails("Centre social Denain " + System.nanoTime(),
                null, OrganisationKind.ASSOCIATION, null, null, null, null, null, null, Set.of(), Set.of(), null, null,
                null));
        email = "porteur." + System.nanoTime() + "@exemple.fr";
        directory.createContact(cite.getId(), new ContactDetails("Karim", "Haddad", null, email, null,
                LegalBasis.MISSION_INTERET_PUBLIC, null, null, List.of(new Affiliation(organisation.getId(), null))));
        var axis = strategy.addAxis(cite.getId(), "Continuité éducative", null);
        var objective = strategy.addObjective(cite.getId(), axis.getId(), null, "Accompagner les devoirs", null);
        var action = programme.createAction(cite.getId(),
                ActionDraft.of("Coup de pouce devoirs", organisation.getId(), 2026).withObjectives(Set.of(objective.getId())));
        Indicator indicator = evaluation.createIndicator(cite.getId(), new IndicatorDetails(null, "Élèves suivis", null,
                Unit.NOMBRE, Direction.HIGHER_IS_BETTER, IndicatorLevel.ACTION, null, action.getId(),
                Periodicity.ANNEE_SCOLAIRE, null, Set.of(Disaggregation.SEXE), new BigDecimal("30"),
                LocalDate.of(2024, 6, 30), BigDecimal.ZERO, new BigDecimal("300"), Map.of("2025-2026", new BigDecimal("50"))));
        evaluation.record(cite.getId(), indicator.getId(), "2024-2025", Map.of(fr.maillage.evaluation.Breakdown.WHOLE,
                new BigDecimal("38")), null, null, true);
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
    void the_library_and_the_indicator_form_are_accessible() {
        browser.go("/espaces/" + cite.getId() + "/evaluation/indicateurs/bibliotheque").assertAccessible();
        browser.clickButton("Ajouter les indicateurs cochés");
        assertThat(browser.text()).contains("Taux d'absentéisme scolaire");
        browser.go("/espaces/" + cite.getId() + "/evaluation/indicateurs/nouveau").assertAccessible();
        browser.type("name", "Sorties culturelles").type("targets", "2026 : douze");
        browser.select("periodicity", "Annuelle").clickButton("Enregistrer");
        assertThat(browser.text()).contains("Écrivez une cible par ligne");
        browser.assertAccessible();
        browser.type("targets", "2026 : 12").clickButton("Enregistrer");
        assertThat(browser.heading()).isEqualTo("Sorties culturelles");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void the_dashboard_shows_charts_with_their_tables() {
        browser.go("/espaces/" + cite.getId() + "/evaluation").assertAccessible();
        browser.go("/espaces/" + cite.getId() + "/evaluation/indicateurs").clickLink("Élèves suivis");
        assertThat(browser.text()).contains("Valeur 2024-2025 : 38");
        browser.assertAccessible();
        browser.clickLink("Saisir des valeurs");
        browser.type("periode", "2025-2026").type("part-0", "900").clickButton("Enregistrer");
        assertThat(browser.text()).contains("sortent des bornes plausibles");
        browser.assertAccessible();
        browser.type("part-0", "52").clickButton("Vérifier à nouveau");
        assertThat(browser.text()).contains("Valeur 2025-2026 : 52, cible 50 (104 %)");
    }

    @Test
    @Order(3)
    void a_campaign_is_launched_and_answered_through_its_public_link() throws Exception {
        browser.go("/espaces/" + cite.getId() + "/evaluation/campagnes/nouvelle").assertAccessible();
        browser.type("title", "Bilan de l'année");
        browser.clickButton("Lancer la campagne et envoyer les e-mails");
        assertThat(browser.text()).contains("En attente");
        browser.assertAccessible();
        outbox.flush();
        String link = null;
        for (var m : TestInfrastructure.mail().getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                Matcher matcher = Pattern.compile("/portail/saisie/[A-Za-z0-9_-]{43}").matcher(String.valueOf(m.getContent()));
                if (matcher.find()) {
                    link = matcher.group();
                }
            }
        }
        assertThat(link).isNotNull();
        browser.driver().manage().deleteAllCookies();
        browser.go(link).assertAccessible();
        browser.type("v-0-0", "47").type("rapport", "Bonne dynamique.").clickButton("Envoyer ma réponse");
        assertThat(browser.heading()).isEqualTo("Merci pour votre réponse");
        browser.assertAccessible();
        LoginPage.open(browser).logIn(pilote.getEmail(), TestUsers.PASSWORD);
    }

    @Test
    @Order(4)
    void the_annual_review_is_accessible() {
        browser.go("/espaces/" + cite.getId() + "/evaluation/revues").assertAccessible();
        browser.clickButton("Ouvrir la revue de cette année");
        assertThat(browser.text()).contains("Déploiement des actions");
        browser.assertAccessible();
    }
}
