package fr.maillage.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.browser.Pages.ChoosePasswordPage;
import fr.maillage.browser.Pages.ForgotPasswordPage;
import fr.maillage.browser.Pages.LoginPage;
import fr.maillage.browser.Pages.MembersPage;
import fr.maillage.browser.Pages.PerimeterPage;
import fr.maillage.browser.Pages.SetupPage;
import fr.maillage.browser.Pages.WorkspaceFormPage;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.testing.TestInfrastructure;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The foundation's scenarios in a real browser, from the first visit of an empty platform to a
 * second user switching workspaces, with axe-core on every page visited.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@TestPropertySource(properties = "maillage.test.context=browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FoundationBrowserTests {

    private static final String ADMIN = "admin@prefecture-test.fr";
    private static final String ADMIN_PASSWORD = "Mot-de-passe-admin-2026";

    @LocalServerPort
    int port;

    @Autowired
    MailOutbox outbox;

    Browser browser;
    long workspaceId;

    @BeforeAll
    void openBrowser() throws Exception {
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
    void the_first_visit_creates_the_administrator() {
        browser.go("/");
        assertThat(browser.path()).isEqualTo("/setup");
        assertThat(browser.heading()).isEqualTo("Première installation");
        browser.assertAccessible();

        SetupPage setup = new SetupPage(browser);
        setup.createAdministrator("", "pas-une-adresse", "court");
        assertThat(browser.text()).contains("Le formulaire contient des erreurs", "Indiquez le nom et le prénom.",
                "Cette adresse e-mail n'est pas valide");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("resume-erreurs");
        browser.assertAccessible();

        setup.createAdministrator("Camille Préfète", ADMIN, ADMIN_PASSWORD);
        assertThat(browser.path()).isEqualTo("/connexion");
        assertThat(browser.text()).contains("Le compte administrateur est créé.");
        browser.assertAccessible();
        browser.go("/setup");
        assertThat(browser.heading()).isEqualTo("Page introuvable");
        browser.assertAccessible();
    }

    @Test
    @Order(2)
    void public_pages_are_readable_without_logging_in() {
        for (String path : new String[] {"/", "/accessibilite", "/mentions-legales", "/mot-de-passe/oublie"}) {
            browser.go(path).assertAccessible();
        }
        browser.go("/accessibilite");
        assertThat(browser.heading()).isEqualTo("Déclaration d'accessibilité");
        assertThat(browser.text()).contains("partiellement conforme", "Défenseur des droits");
        browser.go("/espaces");
        assertThat(browser.path()).isEqualTo("/connexion");
    }

    @Test
    @Order(3)
    void the_administrator_logs_in_with_a_new_session_and_creates_a_workspace() {
        LoginPage login = LoginPage.open(browser);
        String before = browser.cookie("JSESSIONID");
        login.logIn(ADMIN, "mauvais-mot-de-passe");
        assertThat(browser.text()).contains("Adresse e-mail ou mot de passe incorrect.");
        browser.assertAccessible();
        login.logIn(ADMIN, ADMIN_PASSWORD);
        assertThat(browser.path()).as("back to the page asked before logging in").startsWith("/espaces");
        browser.go("/");
        assertThat(browser.heading()).isEqualTo("Bonjour Camille Préfète");
        assertThat(browser.cookie("JSESSIONID")).isNotNull().isNotEqualTo(before);
        browser.assertAccessible();

        WorkspaceFormPage form = WorkspaceFormPage.open(browser);
        browser.assertAccessible();
        form.fill(null, "", "2027-01-01", "2025-01-01").save();
        assertThat(browser.text()).contains("Choisissez le type d'espace.", "Indiquez le nom de l'espace.",
                "La date de fin doit être postérieure à la date de début.");
        browser.assertAccessible();
        form.fill("Contrat de ville", "Contrat de ville de Pays de Montbéliard Agglomération", "2024-01-01",
                "2030-12-31").save();
        assertThat(browser.heading()).isEqualTo("Contrat de ville de Pays de Montbéliard Agglomération");
        assertThat(browser.text()).contains("du 01/01/2024 au 31/12/2030");
        browser.assertAccessible();
        workspaceId = Long.parseLong(browser.path().replaceAll("\\D", ""));
    }

    @Test
    @Order(4)
    void the_perimeter_is_chosen_by_typing_names_without_accents() {
        PerimeterPage perimeter = PerimeterPage.open(browser, workspaceId);
        browser.assertAccessible();
        perimeter.search("Communes", "montbeliard");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("button[aria-label='Ajouter Montbéliard (25388) au périmètre']")));
        browser.assertAccessible();
        perimeter.add("Montbéliard (25388)");
        assertThat(browser.text()).contains("25388 est ajouté au périmètre.");
        perimeter.search("EPCI", "pays de montbeliard");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector("#resultats-perimetre li")));
        browser.navigate(browser.find(By.cssSelector("#resultats-perimetre button")));
        browser.go("/espaces/" + workspaceId);
        assertThat(browser.text()).contains("Montbéliard (25388)", "Pays de Montbéliard");
    }

    @Test
    @Order(5)
    void an_invited_person_activates_her_account_and_finds_the_workspace() {
        MembersPage members = MembersPage.open(browser, workspaceId);
        browser.assertAccessible();
        members.invite("pas-une-adresse", "", "Pilote");
        assertThat(browser.text()).contains("Cette adresse e-mail n'est pas valide");
        browser.assertAccessible();
        members.invite("lea.pilote@agglo-test.fr", "Léa Pilote", "Pilote");
        assertThat(browser.text()).contains("lea.pilote@agglo-test.fr est membre de l'espace. L'e-mail d'invitation est mis en file d'attente",
                "Invitation en attente");
        browser.go("/espaces/" + workspaceId + "/journal");
        assertThat(browser.text()).contains("Création", ADMIN);
        browser.assertAccessible();
        browser.go("/compte").assertAccessible();
        browser.go("/admin/utilisateurs").assertAccessible();
        browser.go("/espaces").assertAccessible();
        logOut();

        String link = linkIn(lastMailTo("lea.pilote@agglo-test.fr"), "/invitation/");
        browser.go(link);
        assertThat(browser.heading()).isEqualTo("Activer votre compte");
        browser.assertAccessible();
        new ChoosePasswordPage(browser).choose("Le-secret-de-Lea-2026");
        LoginPage.open(browser).logIn("lea.pilote@agglo-test.fr", "Le-secret-de-Lea-2026");
        assertThat(browser.text()).contains("Contrat de ville de Pays de Montbéliard Agglomération");
        logOut();
    }

    @Test
    @Order(6)
    void a_forgotten_password_is_reset_from_the_emailed_link() {
        LoginPage.open(browser);
        browser.clickLink("Mot de passe oublié ?");
        new ForgotPasswordPage(browser).ask("lea.pilote@agglo-test.fr");
        assertThat(browser.text()).contains("un e-mail avec un lien de réinitialisation est mis en file d'attente");
        String link = linkIn(lastMailTo("lea.pilote@agglo-test.fr"), "/mot-de-passe/reinitialiser/");
        browser.go(link).assertAccessible();
        new ChoosePasswordPage(browser).choose("Un-nouveau-secret-2026");
        assertThat(browser.text()).contains("Votre mot de passe est enregistré.");
        browser.go(link);
        assertThat(browser.text()).contains("Ce lien n'est plus valable");
        browser.assertAccessible();
        LoginPage.open(browser).logIn("lea.pilote@agglo-test.fr", "Un-nouveau-secret-2026");
        assertThat(browser.path()).isEqualTo("/");
    }

    @Test
    @Order(7)
    void the_workspace_switcher_works_with_the_keyboard() {
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.driver().switchTo().activeElement().getText()).isEqualTo("Aller au contenu");
        browser.find(By.id("selecteur-espace")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector(".dropdown-menu.show a")));
        browser.find(By.cssSelector(".dropdown-menu.show a")).sendKeys(Keys.ENTER);
        assertThat(browser.heading()).isEqualTo("Contrat de ville de Pays de Montbéliard Agglomération");
        browser.go("/espaces/999999");
        assertThat(browser.heading()).isEqualTo("Page introuvable");
        browser.assertAccessible();
        browser.go("/territoires").assertAccessible();
    }

    private void logOut() {
        browser.go("/");
        browser.click(browser.find(By.id("menu-utilisateur")));
        browser.clickButton("Se déconnecter");
        assertThat(browser.path()).startsWith("/connexion");
    }

    private MimeMessage lastMailTo(String email) {
        outbox.flush();
        return Arrays.stream(TestInfrastructure.mail().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (Exception e) {
                return false;
            }
        }).reduce((a, b) -> b).orElseThrow();
    }

    private static String linkIn(MimeMessage mail, String marker) {
        try {
            Matcher matcher = Pattern.compile("(http://\\S+" + Pattern.quote(marker) + "\\S+)")
                    .matcher(mail.getContent().toString());
            assertThat(matcher.find()).isTrue();
            return matcher.group(1).substring(matcher.group(1).indexOf(marker));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
