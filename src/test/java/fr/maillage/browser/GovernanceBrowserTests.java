package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.UserAccount;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.governance.Body;
import fr.maillage.governance.BodyDetails;
import fr.maillage.governance.BodyKind;
import fr.maillage.governance.ConveneMeeting;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.HoldMeeting;
import fr.maillage.governance.Meeting;
import fr.maillage.governance.MeetingDetails;
import fr.maillage.governance.MemberDetails;
import fr.maillage.governance.MemberFunction;
import fr.maillage.governance.QuorumRule;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
 * A chef de projet holds his COPIL in a real browser: the body and meeting pages, the agenda, the
 * tablet émargement with its htmx toggles and live quorum, the minutes, the follow-ups on the
 * owner's home page, and the public answer page; axe-core on each.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
@TestPropertySource(properties = {"maillage.test.context=governance-browser",
    "spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy=sync"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GovernanceBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    GovernanceManagement governance;

    @Autowired
    HoldMeeting hold;

    @Autowired
    ConveneMeeting convening;

    @Autowired
    MailOutbox outbox;

    Browser browser;
    UserAccount pilote;
    Workspace workspace;
    Body body;
    Meeting meeting;

    @BeforeAll
    void setUp() throws Exception {
        pilote = users.create("Pilote Instances", false);
        workspace = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges", null, null, null);
        workspaces.addMember(workspace.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        body = governance.createBody(workspace.getId(), new BodyDetails(BodyKind.TROIKA, "Troïka de Bourges", "",
                "Pilotage stratégique de la cité éducative", QuorumRule.SHARE, 50));
        for (String name : new String[] {"Préfecture du Cher", "DSDEN du Cher", "Ville de Bourges"}) {
            Organisation o = directory.createOrganisation(new OrganisationDetails(name + " " + System.nanoTime(), null,
                    OrganisationKind.SERVICE_ETAT, null, null, null, null, null, null, Set.of(), Set.of(), null, null,
                    "troika." + System.nanoTime() + "@bourges.example"));
            governance.addMember(workspace.getId(), body.getId(), new MemberDetails(o.getId(), null, null,
                    MemberFunction.CO_PRESIDENT, null, null, null, true));
        }
        meeting = governance.planMeeting(workspace.getId(), body.getId(), new MeetingDetails("Troïka de printemps",
                LocalDateTime.of(2027, 4, 8, 17, 0), LocalDateTime.of(2027, 4, 8, 19, 0), "Mairie de Bourges", null));
        hold.recordFollowUp(workspace.getId(), meeting.getId(), null, "Préparer la revue de projet", null,
                pilote.getId(), LocalDate.of(2027, 5, 15));
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
    void bodies_and_body_pages_are_accessible() {
        browser.go("/espaces/" + workspace.getId());
        browser.clickLink("Instances");
        assertThat(browser.heading()).isEqualTo("Instances");
        browser.assertAccessible();
        browser.clickLink("Troïka de Bourges");
        assertThat(browser.text()).contains("Préfecture du Cher").contains("Co-président(e)");
        browser.assertAccessible();
        browser.go("/espaces/" + workspace.getId() + "/instances/nouvelle").assertAccessible();
        browser.type("name", "Comité technique").select("kind", "Comité technique (COTECH)")
                .select("quorumRule", "Pas de quorum").submit("name");
        assertThat(browser.heading()).isEqualTo("Comité technique");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void the_meeting_page_takes_an_agenda() {
        browser.go("/espaces/" + workspace.getId() + "/seances/" + meeting.getId());
        browser.type("title", "Répartition de l’enveloppe").type("presenter", "Le sous-préfet")
                .type("durationMinutes", "40").submit("title");
        assertThat(browser.text()).contains("Répartition de l’enveloppe").contains("présenté par Le sous-préfet");
        browser.assertAccessible();
        browser.go("/espaces/" + workspace.getId() + "/seances/" + meeting.getId() + "/modifier").assertAccessible();
    }

    @Test
    @Order(3)
    void the_tablet_attendance_sheet_updates_the_quorum_in_place() {
        browser.go("/espaces/" + workspace.getId() + "/seances/" + meeting.getId() + "/emargement");
        assertThat(browser.text()).contains("Quorum non atteint");
        browser.assertAccessible();
        browser.click(browser.driver().findElements(By.xpath("//button[normalize-space()='Présent(e)']")).get(0));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("quorum"), "1 membres votants"));
        browser.click(browser.driver().findElements(By.xpath("//button[normalize-space()='Présent(e)']")).get(1));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.id("quorum"), "Quorum atteint"));
        assertThat(browser.driver().findElements(By.cssSelector("button[aria-pressed=true]"))).hasSize(3);
        browser.assertAccessible();
    }

    @Test
    @Order(4)
    void minutes_follow_ups_and_home_panel_are_accessible() {
        browser.go("/espaces/" + workspace.getId() + "/seances/" + meeting.getId() + "/compte-rendu");
        assertThat(browser.heading()).startsWith("Compte rendu");
        browser.assertAccessible();
        browser.go("/espaces/" + workspace.getId() + "/suites");
        assertThat(browser.text()).contains("Préparer la revue de projet");
        browser.assertAccessible();
        browser.select("statut-" + hold.followUpsOf(meeting.getId()).get(0).getId(), "En cours")
                .submit("statut-" + hold.followUpsOf(meeting.getId()).get(0).getId());
        assertThat(browser.text()).contains("est mise à jour");
        browser.go("/");
        assertThat(browser.text()).contains("Mes suites à donner (1)");
        browser.assertAccessible();
        browser.go("/espaces/" + workspace.getId() + "/decisions").assertAccessible();
        browser.go("/espaces/" + workspace.getId() + "/instances/recherche?q=enveloppe").assertAccessible();
    }

    @Test
    @Order(5)
    void the_public_answer_page_is_accessible() throws Exception {
        browser.go("/espaces/" + workspace.getId() + "/seances/" + meeting.getId());
        browser.clickButton("Envoyer les convocations");
        assertThat(browser.text()).contains("3 convocations");
        browser.assertAccessible();
        outbox.flush();
        String link = null;
        Pattern pattern = Pattern.compile("(/portail/convocations/[A-Za-z0-9_-]+)");
        for (MimeMessage m : TestInfrastructure.mail().getReceivedMessages()) {
            if (m.getSubject().contains("Troïka de Bourges")) {
                Matcher matcher = pattern.matcher(textOf(m));
                if (matcher.find()) {
                    link = matcher.group(1);
                }
            }
        }
        assertThat(link).isNotNull();
        browser.go(link);
        assertThat(browser.text()).contains("Troïka de printemps");
        browser.assertAccessible();
        browser.click(browser.find(By.id("reponse-present")));
        browser.clickButton("Envoyer ma réponse");
        assertThat(browser.text()).contains("votre réponse est enregistrée");
    }

    private static String textOf(MimeMessage message) throws Exception {
        jakarta.mail.Multipart multipart = (jakarta.mail.Multipart) message.getContent();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof jakarta.mail.Multipart inner) {
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/plain")) {
                        return (String) inner.getBodyPart(j).getContent();
                    }
                }
            } else if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
        }
        return "";
    }
}
