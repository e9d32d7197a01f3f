package fr.maillage.knowledge;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A workspace's sheets, watch and sources never show to another workspace's members (pages and
 * API answer "not found"), drafts never show to the public, and each role gets what its rights say.
 */
@Tag("database")
class KnowledgeIsolationTests extends KnowledgeTestSupport {

    @Autowired
    NewsWatch watch;

    @Test
    void another_workspace_sees_nothing_of_this_one() throws Exception {
        Long ws = montbeliard.getId();
        ExperienceSheet draft = knowledge.create(ws, contributeur.getId(), null,
                SheetDetails.titled("Jardins partagés des Buis", "Un jardin au pied des tours"));
        WatchSource source = watch.addSource(ws, "ANCT", feedUrl("/rss"));
        for (String page : new String[] {"/capitalisation", "/capitalisation/" + draft.getId(),
            "/capitalisation/" + draft.getId() + "/modifier", "/veille", "/veille/sources"}) {
            mvc.perform(get("/espaces/" + ws + page).with(user(me(outsider)))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/espaces/" + bourges.getId() + "/capitalisation/" + draft.getId()).with(user(me(outsider))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/espaces/" + ws + "/veille/sources/" + source.getId() + "/supprimer")
                .with(user(me(outsider))).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/espaces/" + bourges.getId() + "/veille/sources/" + source.getId() + "/supprimer")
                .with(user(me(outsider))).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + ws + "/watch-items").header("Authorization", bearer(outsider)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workspaces/" + ws + "/watch-items")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/experiences/" + draft.getId())).andExpect(status().isNotFound());
        mvc.perform(get("/espaces/" + bourges.getId() + "/capitalisation").with(user(me(outsider))))
                .andExpect(content().string(not(containsString("Jardins partagés des Buis"))));
    }

    @Test
    void roles_get_the_buttons_and_answers_their_rights_give() throws Exception {
        Long ws = montbeliard.getId();
        ExperienceSheet mine = knowledge.create(ws, contributeur.getId(), null, SheetDetails.titled("La mienne", null));
        ExperienceSheet theirs = knowledge.create(ws, pilote.getId(), null, SheetDetails.titled("La sienne", null));
        String base = "/espaces/" + ws + "/capitalisation/";
        mvc.perform(get(base + mine.getId() + "/modifier").with(user(me(contributeur)))).andExpect(status().isOk());
        mvc.perform(get(base + theirs.getId() + "/modifier").with(user(me(contributeur))))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + mine.getId() + "/modifier").with(user(me(lecteur)))).andExpect(status().isForbidden());
        mvc.perform(get(base + mine.getId()).with(user(me(lecteur))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Envoyer en relecture"))));
        mvc.perform(get(base + mine.getId()).with(user(me(contributeur))))
                .andExpect(content().string(containsString("Envoyer en relecture")));
        mvc.perform(get(base + "licence").with(user(me(contributeur)))).andExpect(status().isForbidden());
        mvc.perform(get(base + "licence").with(user(me(pilote)))).andExpect(status().isOk());
        mvc.perform(post("/espaces/" + ws + "/veille/sources").with(user(me(lecteur))).with(csrf())
                .param("name", "X").param("url", "https://example.org/rss")).andExpect(status().isForbidden());
        mvc.perform(get("/espaces/" + ws + "/capitalisation").with(user(me(admin)))).andExpect(status().isOk());
    }

    @Test
    void the_public_api_reads_published_sheets_without_a_token() throws Exception {
        ExperienceSheet sheet = published(montbeliard, pilote, SheetDetails.titled("Médiation numérique au centre social",
                "Des permanences pour les démarches en ligne"));
        mvc.perform(get("/api/v1/experiences").param("q", "médiation"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].title").value("Médiation numérique au centre social"))
                .andExpect(jsonPath("$.items[0].url").value(containsString("/fiches/" + sheet.getSlug())));
        mvc.perform(get("/api/v1/experiences/" + sheet.getId()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.licence.code").value("CC_BY_SA_4"))
                .andExpect(jsonPath("$.summary").value("Des permanences pour les démarches en ligne"));
    }
}
