package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.UserAccount;
import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventRegistrations;
import fr.maillage.agenda.EventSession;
import fr.maillage.agenda.RegistrationDetails;
import fr.maillage.agenda.TargetPublic;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.testing.TestInfrastructure;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A resource centre prepares a workshop and people register on the portal, in a real browser:
 * the management pages, the public list, the event page and the registration form with its
 * errors, the tablet attendance sheet; axe-core on each of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@Import(TestUsers.class)
@TestPropertySource(properties = "maillage.test.context=agenda-browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgendaBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    AgendaManagement agenda;

    @Autowired
    EventRegistrations registrations;

    Browser browser;
    UserAccount pilote;
    Workspace workspace;
    Long eventId;

    @BeforeAll
    void setUp() throws Exception {
        pilote = users.create("Pilote Agenda", false);
        workspace = workspaces.create(WorkspaceType.CENTRE_RESSOURCES,
                "Centre de ressources Bourgogne-Franche-Comté", null, null, null);
        workspaces.addMember(workspace.getId(), pilote.getId(), WorkspaceRole.PILOTE);
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
    void a_pilote_creates_an_event_after_a_refused_form() {
        LoginPage.open(browser).logIn(pilote.getEmail(), TestUsers.PASSWORD);
        browser.go("/espaces/" + workspace.getId() + "/evenements").assertAccessible();
        browser.clickLink("Nouvel événement").assertAccessible();
        browser.type("title", " ").type("capacity", "0").submit("title");
        assertThat(browser.text()).contains("Le formulaire contient des erreurs", "Indiquez le titre de l'événement.");
        browser.assertAccessible();
        browser.select("kind", "Atelier").type("title", "Atelier : animer une table de quartier")
                .type("place", "Dijon, Maison des associations").type("capacity", "2")
                .type("summary", "Un atelier pratique pour les animateurs.").submit("title");
        assertThat(browser.heading()).isEqualTo("Atelier : animer une table de quartier");
        eventId = Long.valueOf(browser.path().substring(browser.path().lastIndexOf('/') + 1));
        LocalDate day = LocalDate.now().plusDays(12);
        agenda.addSession(eventId, "Atelier", LocalDateTime.of(day, LocalTime.of(14, 0)),
                LocalDateTime.of(day, LocalTime.of(17, 0)), null);
        browser.go("/espaces/" + workspace.getId() + "/evenements/" + eventId).clickButton("Publier");
        assertThat(browser.text()).contains("L'événement est publié.");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void a_visitor_finds_the_event_and_registers_after_a_refused_form() {
        browser.go("/evenements").assertAccessible();
        browser.clickLink("Atelier : animer une table de quartier").assertAccessible();
        browser.type("fullName", "Nora Lamy").type("email", "nora.lamy").submit("fullName");
        assertThat(browser.text()).contains("Cette adresse e-mail n'est pas valide", "Cochez la case");
        browser.assertAccessible();
        browser.type("email", "nora.lamy@exemple.fr").type("organisation", "Centre social des Grésilles");
        browser.click(browser.find(By.id("consent1")));
        browser.submit("fullName");
        assertThat(browser.text()).contains("Votre inscription à « Atelier : animer une table de quartier » est confirmée");
        browser.assertAccessible();
    }

    @Test
    @Order(3)
    void the_attendance_is_taken_on_a_tablet() {
        registrations.register(eventId, new RegistrationDetails("Bastien Roy", "Ville de Dole", "bastien.roy@exemple.fr",
                null, TargetPublic.PROFESSIONNELS, null));
        EventSession session = agenda.sessions(eventId).get(0);
        String base = "/espaces/" + workspace.getId() + "/evenements/" + eventId;
        browser.go(base + "/seances/" + session.getId() + "/presence").assertAccessible();
        var button = browser.find(By.cssSelector("button[aria-label='Présence de Nora Lamy']"));
        assertThat(button.getAttribute("aria-pressed")).isEqualTo("false");
        browser.click(button);
        // htmx replaces the button: a lookup racing the swap meets a stale element and tries again.
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> "true".equals(
                d.findElement(By.cssSelector("button[aria-label='Présence de Nora Lamy']")).getAttribute("aria-pressed")));
        browser.assertAccessible();
        browser.go(base).assertAccessible();
        browser.go(base + "/statistiques").assertAccessible();
        assertThat(browser.text()).contains("Taux de présence", "50 %");
        browser.go(base + "/questionnaire").assertAccessible();
        browser.go(base + "/sur-place").assertAccessible();
        browser.go("/espaces/" + workspace.getId() + "/evenements/bilan").assertAccessible();
        Event event = agenda.event(eventId);
        browser.go(event.publicPath()).assertAccessible();
    }
}
