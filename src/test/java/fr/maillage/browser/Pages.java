package fr.maillage.browser;

import org.openqa.selenium.By;

/**
 * Page objects of the foundation: each knows its URL and fields, so that scenarios read as a user
 * would tell them.
 */
final class Pages {

    private Pages() {
    }

    record SetupPage(Browser browser) {
        SetupPage createAdministrator(String name, String email, String password) {
            browser.type("displayName", name).type("email", email).type("password", password)
                    .type("passwordConfirmation", password).submit("displayName");
            return this;
        }
    }

    record LoginPage(Browser browser) {
        static LoginPage open(Browser browser) {
            browser.go("/connexion");
            return new LoginPage(browser);
        }

        LoginPage logIn(String email, String password) {
            browser.type("email", email).type("motDePasse", password).submit("email");
            return this;
        }
    }

    record ForgotPasswordPage(Browser browser) {
        ForgotPasswordPage ask(String email) {
            browser.type("email", email).submit("email");
            return this;
        }
    }

    record ChoosePasswordPage(Browser browser) {
        ChoosePasswordPage choose(String password) {
            browser.type("password", password).type("passwordConfirmation", password).submit("password");
            return this;
        }
    }

    record WorkspaceFormPage(Browser browser) {
        static WorkspaceFormPage open(Browser browser) {
            browser.go("/espaces/nouveau");
            return new WorkspaceFormPage(browser);
        }

        WorkspaceFormPage fill(String type, String name, String start, String end) {
            if (type != null) {
                browser.select("type", type);
            }
            browser.type("name", name);
            setDate("startDate", start);
            setDate("endDate", end);
            return this;
        }

        WorkspaceFormPage save() {
            browser.submit("name");
            return this;
        }

        private void setDate(String id, String isoDate) {
            ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
        }
    }

    record MembersPage(Browser browser) {
        static MembersPage open(Browser browser, long workspaceId) {
            browser.go("/espaces/" + workspaceId + "/membres");
            return new MembersPage(browser);
        }

        MembersPage invite(String email, String name, String role) {
            browser.type("email", email).type("displayName", name).select("role", role).submit("email");
            return this;
        }
    }

    record PerimeterPage(Browser browser) {
        static PerimeterPage open(Browser browser, long workspaceId) {
            browser.go("/espaces/" + workspaceId + "/perimetre");
            return new PerimeterPage(browser);
        }

        PerimeterPage search(String kind, String query) {
            browser.select("kind", kind).type("q", query);
            return this;
        }

        PerimeterPage add(String label) {
            browser.navigate(browser.find(By.cssSelector("button[aria-label='Ajouter " + label + " au périmètre']")));
            return this;
        }
    }
}
