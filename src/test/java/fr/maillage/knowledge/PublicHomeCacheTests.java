package fr.maillage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.testing.StatementCounter;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The public home is the same page for every visitor: it opens no session, is served from memory
 * once rendered, shows a newly published sheet at once, and is never what a logged-in user gets.
 */
class PublicHomeCacheTests extends KnowledgeTestSupport {

    @Test
    void visitors_share_one_rendering_that_a_publication_renews() throws Exception {
        published(montbeliard, pilote, new SheetDetails("Une requête HEAD ne vide pas la page", "Résumé", Set.of(), Set.of(),
                null, Set.of(), Set.of("cadre-de-vie"), null, null, null, null, null, null, null, null, null, null,
                null));
        mvc.perform(head("/")).andExpect(status().isOk());
        MvcResult first = mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(content().string(not(containsString("name=\"_csrf\"")))).andReturn();
        assertThat(first.getRequest().getSession(false)).isNull();
        assertThat(first.getResponse().getContentAsString()).contains("Une requête HEAD ne vide pas la page");

        int statements = StatementCounter.count(() -> perform(get("/")));
        assertThat(statements).as("a second visitor is served the kept page").isZero();
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
                .andExpect(content().string(first.getResponse().getContentAsString()));

        String title = "Jardins partagés au pied des tours " + System.nanoTime();
        published(montbeliard, pilote, new SheetDetails(title, "Des parcelles cultivées par les habitants",
                Set.of(), Set.of(), null, Set.of(), Set.of("cadre-de-vie"), null, null, null, null, null, null,
                null, null, null, null, null));
        mvc.perform(get("/")).andExpect(content().string(containsString(title)));

        mvc.perform(get("/").with(user(me(pilote)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    private void perform(org.springframework.test.web.servlet.RequestBuilder request) {
        try {
            mvc.perform(request).andExpect(status().isOk());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
