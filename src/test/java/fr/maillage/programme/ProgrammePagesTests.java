package fr.maillage.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

/**
 * The programme's pages as their users see them: the strategy tree, the action form with its
 * French messages, the list and its filters, the action's page, rights and conflicts.
 */
@Tag("database")
class ProgrammePagesTests extends ProgrammeTestSupport {

    @Test
    void a_pilote_builds_the_tree_with_buttons_and_a_lecteur_only_reads_it() throws Exception {
        String url = base(montbeliard) + "/strategie";
        mvc.perform(post(url + "/axes").with(csrf()).with(user(me(pilote))).param("title", "Cadre de vie"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url + "/axes").with(csrf()).with(user(me(pilote))).param("title", "Cohésion sociale"))
                .andExpect(status().is3xxRedirection());
        Axis second = programme.axes(montbeliard.getId()).get(1);
        mvc.perform(post(url + "/axes/" + second.getId() + "/monter").with(csrf()).with(user(me(pilote))))
                .andExpect(redirectedUrlPattern(url + "#axe-*"));
        mvc.perform(post(url + "/axes/" + second.getId() + "/objectifs").with(csrf()).with(user(me(pilote)))
                        .param("title", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez l&#39;intitulé.")));
        mvc.perform(get(url).with(user(me(pilote))))
                .andExpect(content().string(containsString("Monter « Cadre de vie »")))
                .andExpect(content().string(containsString("Ajouter l&#39;axe")));
        String page = mvc.perform(get(url).with(user(me(lecteur)))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Monter «"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Cohésion sociale")).isLessThan(page.indexOf("Cadre de vie"));
        mvc.perform(post(url + "/axes").with(csrf()).with(user(me(contributeur))).param("title", "Non"))
                .andExpect(status().isForbidden());
        mvc.perform(get(url).with(user(me(outsider)))).andExpect(status().isNotFound());
    }

    @Test
    void a_cite_educative_prefills_its_national_objectives_from_a_button() throws Exception {
        String url = base(bourges) + "/strategie";
        mvc.perform(get(url).with(user(me(outsider))))
                .andExpect(content().string(containsString("Préremplir avec les trois objectifs nationaux")));
        mvc.perform(post(url + "/preremplir").with(csrf()).with(user(me(outsider))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(url).with(user(me(outsider))))
                .andExpect(content().string(containsString("Ouvrir le champ des possibles")))
                .andExpect(content().string(not(containsString("Préremplir avec les trois objectifs nationaux"))));
    }

    @Test
    void the_form_refuses_bad_input_in_french_next_to_the_fields() throws Exception {
        mvc.perform(post(base(montbeliard) + "/actions/nouvelle").with(csrf()).with(user(me(pilote)))
                        .param("title", "Atelier numérique").param("status", "EN_PROJET").param("year", "2027")
                        .param("startDate", "2027-05-01").param("endDate", "2027-02-01").param("budget", "12,5,0")
                        .param("operation", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez le budget en euros, par exemple 12 500,50.")));
        mvc.perform(post(base(montbeliard) + "/actions/nouvelle").with(csrf()).with(user(me(pilote)))
                        .param("title", "Atelier numérique").param("status", "EN_PROJET").param("year", "2027")
                        .param("startDate", "2027-05-01").param("endDate", "2027-02-01").param("budget", "1 200,50")
                        .param("operation", "save"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le porteur de l&#39;action dans l&#39;annuaire.")))
                .andExpect(content().string(containsString(
                        "La date de fin doit être postérieure ou égale à la date de début.")));
        mvc.perform(post(base(montbeliard) + "/actions/nouvelle").with(csrf()).with(user(me(pilote)))
                        .param("title", "Atelier").param("status", "EN_PROJET").param("year", "deux mille")
                        .param("operation", "save"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        base(montbeliard) + "/actions/nouvelle"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("flashError", containsString("n'a pas pu être lu")));
    }

    @Test
    void a_contributeur_writes_an_action_then_only_edits_his_own() throws Exception {
        Objective[] tree = smallTree(montbeliard);
        mvc.perform(post(base(montbeliard) + "/actions/nouvelle").with(csrf()).with(user(me(contributeur)))
                        .param("title", "Soutien à la parentalité").param("carrierId", centreSocial.getId().toString())
                        .param("partners[0].organisationId", college.getId().toString())
                        .param("partners[0].role", "Prêt de salles, goûters")
                        .param("objectiveIds", tree[1].getId().toString()).param("ageBands", "FAMILLES")
                        .param("qpvCodes", "QN02501M").param("status", "EN_PROJET").param("year", "2027")
                        .param("budget", "8 400,00").param("referentUserId", pilote.getId().toString())
                        .param("description", "Des rencontres mensuelles.\n\nUn goûter offert & convivial.")
                        .param("operation", "save"))
                .andExpect(status().is3xxRedirection());
        Action action = programme.actions(montbeliard.getId(), ActionFilters.none(), PageRequest.of(0, 5))
                .getContent().get(0);
        assertThat(action.getReferentUserId()).isEqualTo(contributeur.getId());
        assertThat(action.getPartners()).containsExactly(new ActionPartner(college.getId(), "Prêt de salles, goûters"));
        assertThat(action.getDescription()).isEqualTo("<p>Des rencontres mensuelles.</p><p>Un goûter offert &amp; convivial.</p>");

        mvc.perform(get(base(montbeliard) + "/actions/" + action.getId()).with(user(me(lecteur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("8 400,00 €")))
                .andExpect(content().string(containsString("Petite Hollande")))
                .andExpect(content().string(containsString("Accompagner les parents")))
                .andExpect(content().string(containsString("Historique")))
                .andExpect(content().string(not(containsString("/modifier\""))));
        mvc.perform(get(base(montbeliard) + "/actions/" + action.getId() + "/modifier").with(user(me(contributeur))))
                .andExpect(status().isOk());

        Action other = programme.createAction(montbeliard.getId(),
                ActionDraft.of("Chantier jeunes", centreSocial.getId(), 2027).withReferent(pilote.getId()));
        mvc.perform(get(base(montbeliard) + "/actions/" + other.getId() + "/modifier").with(user(me(contributeur))))
                .andExpect(status().isForbidden());
        mvc.perform(get(base(montbeliard) + "/actions/nouvelle").with(user(me(lecteur))))
                .andExpect(status().isForbidden());
        mvc.perform(get(base(bourges) + "/actions/" + action.getId()).with(user(me(outsider))))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_list_filters_and_pages_and_a_stale_form_gets_the_conflict_page() throws Exception {
        Long w = montbeliard.getId();
        for (int i = 1; i <= 23; i++) {
            programme.createAction(w, ActionDraft.of("Action de quartier " + i, centreSocial.getId(), 2026));
        }
        Action special = programme.createAction(w, ActionDraft.of("Fête de la musique", college.getId(), 2027));
        mvc.perform(get(base(montbeliard) + "/actions").with(user(me(lecteur))))
                .andExpect(content().string(containsString("24 actions")))
                .andExpect(content().string(containsString("page=1")));
        mvc.perform(get(base(montbeliard) + "/actions").param("annee", "2027").with(user(me(lecteur))))
                .andExpect(content().string(containsString("1 action")))
                .andExpect(content().string(containsString("Fête de la musique")));
        mvc.perform(get(base(montbeliard) + "/actions").param("q", "MUSIQUE").param("porteur",
                        college.getId().toString()).with(user(me(lecteur))))
                .andExpect(content().string(containsString("Fête de la musique")))
                .andExpect(content().string(not(containsString("Action de quartier"))));

        programme.updateAction(w, special.getId(), special.getVersion(),
                special.draft().withStatus(ActionStatus.EN_COURS));
        mvc.perform(post(base(montbeliard) + "/actions/" + special.getId() + "/modifier").with(csrf())
                        .with(user(me(pilote))).param("title", "Fête de la musique 2027")
                        .param("carrierId", college.getId().toString()).param("status", "REALISEE")
                        .param("year", "2027").param("version", String.valueOf(special.getVersion()))
                        .param("operation", "save"))
                .andExpect(status().isConflict());
        assertThat(programme.action(w, special.getId()).getTitle()).isEqualTo("Fête de la musique");
    }

    @Test
    void duplicating_into_next_year_leads_to_the_copy() throws Exception {
        Action action = programme.createAction(montbeliard.getId(),
                ActionDraft.of("Ateliers d'écriture", centreSocial.getId(), 2026));
        mvc.perform(post(base(montbeliard) + "/actions/" + action.getId() + "/dupliquer").with(csrf())
                        .with(user(me(pilote))))
                .andExpect(redirectedUrlPattern(base(montbeliard) + "/actions/*"));
        Action copy = programme.nextYearOf(montbeliard.getId(), action.getId()).orElseThrow();
        mvc.perform(get(base(montbeliard) + "/actions/" + copy.getId()).with(user(me(pilote))))
                .andExpect(content().string(containsString("Action de l&#39;année précédente (2026)")))
                .andExpect(content().string(containsString("Année 2027")));
        assertThat(List.of(copy.getStatus())).containsExactly(ActionStatus.EN_PROJET);
        assertThat(Set.copyOf(programme.years(montbeliard.getId()))).containsExactlyInAnyOrder(2026, 2027);
    }
}
