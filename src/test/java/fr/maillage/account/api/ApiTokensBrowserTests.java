package fr.maillage.account.api;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.UserAccount;
import fr.maillage.browser.Browser;
import fr.maillage.testing.TestInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * A user creates a personal API token from his profile in a real browser, calls the API with it over
 * HTTP, then revokes it; axe-core checks the page in each state.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestInfrastructure.class)
@TestPropertySource(properties = "maillage.test.context=browser-api-tokens")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTokensBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    AccountManagement accounts;
    @Autowired
    ApiTokenManagement tokens;

    Browser browser;

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
    void a_token_is_created_used_and_revoked_from_the_profile_page() throws Exception {
        UserAccount user = new ApiFixtures(accounts, tokens).user("Hugo Intégrateur");
        browser.go("/connexion").type("email", user.getEmail()).type("motDePasse", ApiFixtures.PASSWORD)
                .submit("email");

        browser.go("/compte").assertAccessible();
        assertThat(browser.text()).contains("Jetons d'API", "Vous n'avez aucun jeton d'API.");

        browser.type("name", " ").submit("name").assertAccessible();
        assertThat(browser.find(By.id("name-erreur")).getText()).isEqualTo("Indiquez le nom du jeton.");

        browser.type("name", "Tableau de bord du service").submit("name").assertAccessible();
        String secret = browser.find(By.id("jeton-cree")).getAttribute("value");
        assertThat(secret).startsWith("mlg_");
        assertThat(browser.text()).contains("Copiez ce jeton maintenant", "Tableau de bord du service");
        assertThat(callMe(secret)).isEqualTo(200);

        WebElement page = browser.find(By.tagName("html"));
        browser.click(browser.find(By.xpath("//button[normalize-space()='Révoquer']")));
        browser.driver().switchTo().alert().accept();
        browser.waitUntilReplaced(page);
        browser.assertAccessible();
        assertThat(browser.text()).contains("Le jeton « Tableau de bord du service » est révoqué.", "Révoqué le")
                .doesNotContain(secret);
        assertThat(callMe(secret)).isEqualTo(401);
    }

    private int callMe(String secret) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + secret).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
