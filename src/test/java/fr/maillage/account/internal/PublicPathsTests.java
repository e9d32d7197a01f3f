package fr.maillage.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.shared.PublicPaths;
import fr.maillage.testing.MaillageTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages anonymous visitors may open are those the modules declare, and only those.
 */
@MaillageTest
class PublicPathsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    List<PublicPaths> modulePaths;

    @Test
    void the_modules_declare_their_public_pages_and_the_security_gathers_them() {
        assertThat(SecurityConfiguration.publicPaths(modulePaths)).contains("/", "/connexion", "/css/**",
                "/evenements/**", "/fiches", "/fiches.rss", "/conseils-citoyens/**", "/recherche", "/lettre/**",
                "/portail/convocations/**", "/portail/saisie/**").doesNotHaveDuplicates();
    }

    @Test
    void anonymous_visitors_open_the_public_pages() throws Exception {
        for (String page : List.of("/", "/accessibilite", "/mentions-legales", "/connexion", "/evenements", "/fiches",
                "/conseils-citoyens", "/recherche", "/lettre")) {
            mvc.perform(get(page)).andExpect(status().isOk());
        }
    }

    @Test
    void a_page_no_module_declares_public_sends_anonymous_visitors_to_the_login() throws Exception {
        for (String page : List.of("/espaces", "/annuaire/organisations", "/compte", "/admin/utilisateurs",
                "/portail/inconnu")) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/connexion"));
        }
    }
}
