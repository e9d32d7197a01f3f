package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Forwarded headers count only from the trusted proxies (loopback by default): a client reaching the
 * application directly can neither send a visitor's redirect to another host nor dodge the login
 * throttle by inventing addresses.
 */
@MaillageTest
class ForwardedHeadersTests {

    private static final String UNTRUSTED = "203.0.113.41";

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Test
    void a_forwarded_host_from_an_untrusted_client_never_becomes_a_redirect() throws Exception {
        String location = mvc.perform(get("/espaces").with(r -> {
                    r.setRemoteAddr(UNTRUSTED);
                    return r;
                }).header("X-Forwarded-Host", "evil.example").header("X-Forwarded-Proto", "https")
                        .header("Forwarded", "host=evil.example;proto=https"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).endsWith("/connexion").doesNotContain("evil.example").doesNotStartWith("https");
    }

    @Test
    void the_trusted_proxy_gives_the_public_address_of_redirects() throws Exception {
        String location = mvc.perform(get("/espaces").with(r -> {
                    r.setRemoteAddr("127.0.0.1");
                    return r;
                }).header("X-Forwarded-Host", "maillage.example.fr").header("X-Forwarded-Proto", "https"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).isEqualTo("https://maillage.example.fr/connexion");
    }

    @Test
    void an_untrusted_client_inventing_addresses_is_still_throttled_on_its_own() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(failedLogin(from(UNTRUSTED, "198.51.100." + i), "personne" + i + "@exemple.fr"))
                    .isEqualTo("/connexion?erreur");
        }
        assertThat(failedLogin(from(UNTRUSTED, "198.51.100.200"), "autre@exemple.fr"))
                .isEqualTo("/connexion?bloque");
    }

    @Test
    void behind_the_proxy_the_client_is_the_address_the_proxy_saw_not_what_the_client_wrote() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(failedLogin(from("127.0.0.1", "10.9.8." + i + ", 192.0.2.77"), "quidam" + i + "@exemple.fr"))
                    .isEqualTo("/connexion?erreur");
        }
        assertThat(failedLogin(from("127.0.0.1", "10.9.9.9, 192.0.2.77"), "encore@exemple.fr"))
                .isEqualTo("/connexion?bloque");
        var someoneElse = users.create("Nina Honnête", false);
        assertThat(mvc.perform(from("127.0.0.1", "192.0.2.78").with(csrf()).param("email", someoneElse.getEmail())
                .param("motDePasse", TestUsers.PASSWORD)).andReturn().getResponse().getRedirectedUrl())
                .doesNotContain("bloque").doesNotContain("erreur");
    }

    private static MockHttpServletRequestBuilder from(String remote, String forwardedFor) {
        return post("/connexion").with(r -> {
            r.setRemoteAddr(remote);
            return r;
        }).header("X-Forwarded-For", forwardedFor);
    }

    private String failedLogin(MockHttpServletRequestBuilder request, String email) throws Exception {
        String location = mvc.perform(request.with(csrf()).param("email", email).param("motDePasse", "mauvais"))
                .andReturn().getResponse().getRedirectedUrl();
        // behind the trusted proxy the redirect is absolute, on the host the proxy names
        return location == null ? null : location.replaceFirst("^https?://[^/]+", "");
    }
}
