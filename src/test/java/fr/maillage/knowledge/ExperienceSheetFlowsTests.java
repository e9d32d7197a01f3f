package fr.maillage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scenario 9 without the action: a sheet written, reviewed with comments, published on the public
 * portal under a clean address with its licence, found by searching, in the RSS feed, then archived.
 */
@Tag("database")
class ExperienceSheetFlowsTests extends KnowledgeTestSupport {

    @Test
    void a_sheet_goes_from_draft_to_the_public_portal_and_back_out() throws Exception {
        String base = "/espaces/" + montbeliard.getId() + "/capitalisation";
        String location = mvc.perform(post(base + "/nouvelle").with(user(me(contributeur))).with(csrf())
                        .param("title", "Café des parents à la Petite Hollande")
                        .param("summary", "Un lieu d'accueil pour le soutien à la parentalité au pied des immeubles.")
                        .param("themeCodes", "parentalite")
                        .param("context", "Des parents isolés.\n\nPeu de lieux d'accueil.<script>alert('x')</script>")
                        .param("activities", "<p>Des rencontres <strong>chaque mardi</strong></p><img src=x onerror=alert(1)>")
                        .param("startDate", "2025-09-01").param("endDate", "2026-06-30"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ExperienceSheet sheet = knowledge.sheet(montbeliard.getId(), id);
        assertThat(sheet.getContext()).startsWith("<p>Des parents isolés.</p><p>Peu de lieux d&#39;accueil.")
                .doesNotContain("<script");
        assertThat(sheet.getActivities()).contains("<strong>chaque mardi</strong>").doesNotContain("img", "onerror");

        mvc.perform(post(base + "/" + id + "/soumettre").with(user(me(contributeur))).with(csrf())
                .param("version", String.valueOf(sheet.getVersion()))).andExpect(status().is3xxRedirection());
        sheet = knowledge.sheet(montbeliard.getId(), id);
        mvc.perform(post(base + "/" + id + "/renvoyer").with(user(me(pilote))).with(csrf())
                .param("version", String.valueOf(sheet.getVersion()))
                .param("reason", "Précisez le nombre de familles accueillies.")).andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/" + id).with(user(me(contributeur))))
                .andExpect(content().string(containsString("Précisez le nombre de familles accueillies.")))
                .andExpect(content().string(containsString("Brouillon")));
        sheet = knowledge.sheet(montbeliard.getId(), id);
        knowledge.submit(montbeliard.getId(), id, sheet.getVersion());
        sheet = knowledge.sheet(montbeliard.getId(), id);
        mvc.perform(post(base + "/" + id + "/publier").with(user(me(contributeur))).with(csrf())
                .param("version", String.valueOf(sheet.getVersion()))).andExpect(status().isForbidden());
        mvc.perform(post(base + "/" + id + "/publier").with(user(me(pilote))).with(csrf())
                .param("version", String.valueOf(sheet.getVersion()))).andExpect(status().is3xxRedirection());
        sheet = knowledge.sheet(montbeliard.getId(), id);
        assertThat(sheet.getSlug()).isEqualTo("cafe-des-parents-a-la-petite-hollande");

        mvc.perform(get("/fiches/cafe-des-parents-a-la-petite-hollande"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Café des parents à la Petite Hollande")))
                .andExpect(content().string(containsString("<strong>chaque mardi</strong>")))
                .andExpect(content().string(containsString("CC BY-SA 4.0")))
                .andExpect(content().string(not(containsString("onerror"))));
        mvc.perform(get("/fiches").param("q", "soutien à la parentalité"))
                .andExpect(content().string(containsString("Café des parents à la Petite Hollande")));
        mvc.perform(get("/fiches.rss"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=300")))
                .andExpect(content().string(containsString("/fiches/cafe-des-parents-a-la-petite-hollande")));
        mvc.perform(get("/")).andExpect(content().string(containsString("Café des parents à la Petite Hollande")));

        knowledge.archive(montbeliard.getId(), id, sheet.getVersion());
        mvc.perform(get("/fiches/cafe-des-parents-a-la-petite-hollande")).andExpect(status().isNotFound());
    }

    @Test
    void the_workspace_licence_shows_on_published_sheets() throws Exception {
        knowledge.chooseLicence(bourges.getId(), Licence.LICENCE_OUVERTE_2);
        ExperienceSheet sheet = published(bourges, outsider, SheetDetails.titled("Devoirs faits au collège Jean Renoir",
                "Accompagnement scolaire après la classe."));
        mvc.perform(get("/fiches/" + sheet.getSlug()))
                .andExpect(content().string(containsString("Licence Ouverte 2.0")));
        ExperienceSheet twin = published(bourges, outsider, SheetDetails.titled("Devoirs faits au collège Jean Renoir",
                "Deuxième année."));
        assertThat(twin.getSlug()).isEqualTo(sheet.getSlug() + "-2");
        mvc.perform(get("/fiches/" + twin.getSlug()))
                .andExpect(content().string(containsString("Fiches proches")))
                .andExpect(content().string(containsString("/fiches/" + sheet.getSlug())));
    }

    @Test
    void a_draft_is_not_public_and_a_stale_form_is_refused() throws Exception {
        ExperienceSheet draft = knowledge.create(montbeliard.getId(), pilote.getId(), null,
                SheetDetails.titled("Brouillon secret", "Pas encore relu"));
        mvc.perform(get("/fiches").param("q", "secret")).andExpect(content().string(not(containsString("Brouillon secret"))));
        knowledge.update(montbeliard.getId(), draft.getId(), draft.getVersion(),
                SheetDetails.titled("Brouillon secret", "Relu une fois"));
        mvc.perform(post("/espaces/" + montbeliard.getId() + "/capitalisation/" + draft.getId() + "/modifier")
                        .with(user(me(pilote))).with(csrf()).param("title", "Autre titre").param("version", "0"))
                .andExpect(status().isConflict());
    }

    @Test
    void unknown_organisations_and_territories_are_field_errors() throws Exception {
        mvc.perform(post("/espaces/" + montbeliard.getId() + "/capitalisation/nouvelle").with(user(me(pilote)))
                        .with(csrf()).param("title", "Fiche").param("carrier", "Association inexistante")
                        .param("communeCodes", "99999").param("themeCodes", "parentalite"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune organisation de l&#39;annuaire ne s&#39;appelle « Association inexistante »")))
                .andExpect(content().string(containsString("Codes de commune inconnus : 99999.")));
        assertThat(knowledge.sheet(montbeliard.getId(), knowledge.create(montbeliard.getId(), pilote.getId(), null,
                new SheetDetails("T", null, Set.of(), Set.of(), null, Set.of(), Set.of("parentalite"), null, null,
                        null, null, null, null, null, null, null, null, null)).getId()).getThemeCodes())
                .containsExactly("parentalite");
    }
}
