package fr.maillage.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Calls and applications as the chef de projet and the contributeurs use them (DOMAIN.md scenario 2,
 * first half), and the wall between workspaces.
 */
@Tag("database")
class FundingFlowsTests extends FundingTestSupport {

    @Test
    void a_pilote_publishes_a_call_whose_priorities_are_sanitised() throws Exception {
        String location = mvc.perform(post(base(montbeliard) + "/appels/nouveau").with(csrf()).with(user(me(pilote)))
                        .param("year", "2027").param("title", "Appel à projets 2027")
                        .param("priorities", "<p>Priorité à la <em>réussite éducative</em></p><script>alert(1)</script>")
                        .param("openingDate", "2026-09-01").param("deadline", "2026-11-30")
                        .param("funders", "ETAT_BOP147", "CAF")
                        .param("criteria[0].label", "Présence dans les QPV").param("criteria[0].weight", "2")
                        .param("criteria[0].maxScore", "5"))
                .andExpect(redirectedUrlPattern(base(montbeliard) + "/appels/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(location + "/publier").with(csrf()).with(user(me(pilote))))
                .andExpect(flash().attribute("flashSuccess", containsString("publié")));
        mvc.perform(get(location).with(user(me(lecteur)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<em>réussite éducative</em>")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("Publié")))
                .andExpect(content().string(containsString("État (BOP 147)")))
                .andExpect(content().string(containsString("Présence dans les QPV")));
        mvc.perform(get(base(montbeliard) + "/appels/nouveau").with(user(me(contributeur))))
                .andExpect(status().isForbidden());
    }

    @Test
    void an_unbalanced_budget_is_refused_with_the_difference() throws Exception {
        mvc.perform(post(base(montbeliard) + "/dossiers/nouveau").with(csrf()).with(user(me(contributeur)))
                        .param("year", "2027").param("carrierId", carrier.getId().toString())
                        .param("title", "Atelier parents").param("amounts[C64]", "10000")
                        .param("amounts[R74_ETAT_BOP147]", "6000").param("amounts[R74_CAF]", "2500"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le budget n’est pas équilibré")))
                .andExpect(content().string(containsString("1\u202f500,00 €")))
                .andExpect(content().string(containsString("charges non couvertes")));
        String location = mvc.perform(post(base(montbeliard) + "/dossiers/nouveau").with(csrf())
                        .with(user(me(contributeur))).param("year", "2027")
                        .param("carrierId", carrier.getId().toString()).param("contactId", carrierContact.getId().toString())
                        .param("assignedUserId", contributeur.getId().toString())
                        .param("title", "Atelier parents").param("amounts[C64]", "10000")
                        .param("amounts[R74_ETAT_BOP147]", "6000").param("amounts[R74_CAF]", "2500")
                        .param("amounts[R70]", "1500"))
                .andExpect(redirectedUrlPattern(base(montbeliard) + "/dossiers/*"))
                .andExpect(flash().attribute("flashSuccess", containsString("2027-001")))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(user(me(lecteur)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("2027-001 — Atelier parents")))
                .andExpect(content().string(containsString("6\u202f000,00 €")))
                .andExpect(content().string(containsString("Brouillon")))
                .andExpect(content().string(not(containsString("/modifier"))));
        mvc.perform(get(location).with(user(me(outsider)))).andExpect(status().isNotFound());
        mvc.perform(get(base(montbeliard) + "/dossiers").with(user(me(outsider)))).andExpect(status().isNotFound());
        mvc.perform(post(location + "/transition").with(csrf()).with(user(me(contributeur))).param("target", "DEPOSE"))
                .andExpect(flash().attribute("flashSuccess", containsString("mis à jour")));
        mvc.perform(get(base(montbeliard) + "/dossiers").with(user(me(pilote)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Déposé")));
        assertThat(directory.timeline(carrier.getId(), montbeliard.getId()))
                .anySatisfy(e -> assertThat(e.getLabel()).contains("2027-001").contains("déposé"));
    }

    @Test
    void a_contributeur_edits_only_the_applications_assigned_to_him() throws Exception {
        Application mine = funding.createApplication(montbeliard.getId(), withAssignee(details(montbeliard, null,
                "Mon dossier", budget(Funder.CAF, "3000")), contributeur.getId()), actor(contributeur));
        Application other = funding.createApplication(montbeliard.getId(), details(montbeliard, null, "Autre dossier",
                budget(Funder.CAF, "3000")), actor(pilote));
        mvc.perform(get(base(montbeliard) + "/dossiers/" + mine.getId() + "/modifier").with(user(me(contributeur))))
                .andExpect(status().isOk());
        mvc.perform(get(base(montbeliard) + "/dossiers/" + other.getId() + "/modifier").with(user(me(contributeur))))
                .andExpect(status().isForbidden());
        mvc.perform(post(base(montbeliard) + "/dossiers/" + mine.getId() + "/transition").with(csrf())
                        .with(user(me(contributeur))).param("target", "RECEVABLE"))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_concurrent_edit_of_an_application_gets_the_conflict_page() throws Exception {
        Application application = funding.createApplication(montbeliard.getId(), details(montbeliard, null,
                "Dossier disputé", budget(Funder.CAF, "3000")), actor(pilote));
        funding.updateApplication(montbeliard.getId(), application.getId(), application.getVersion(),
                details(montbeliard, null, "Dossier disputé (modifié)", budget(Funder.CAF, "3500")), actor(pilote));
        mvc.perform(post(base(montbeliard) + "/dossiers/" + application.getId() + "/modifier").with(csrf())
                        .with(user(me(pilote))).param("version", String.valueOf(application.getVersion()))
                        .param("title", "Ma version").param("amounts[C64]", "4000").param("amounts[R74_CAF]", "4000"))
                .andExpect(status().isConflict());
    }

    @Test
    void an_illegal_transition_is_refused_in_french() throws Exception {
        Application application = funding.createApplication(montbeliard.getId(), details(montbeliard, null,
                "Dossier pressé", budget(Funder.CAF, "3000")), actor(pilote));
        mvc.perform(post(base(montbeliard) + "/dossiers/" + application.getId() + "/transition").with(csrf())
                        .with(user(me(pilote))).param("target", "VALIDE"))
                .andExpect(flash().attribute("flashError", "Passage impossible de « Brouillon » à « Validé (COPIL) »."));
        assertThat(funding.lines(application.getId())).extracting(FundingLine::getStatus)
                .containsOnly(FundingStatus.BROUILLON);
    }

    static ApplicationDetails withAssignee(ApplicationDetails d, Long userId) {
        return new ApplicationDetails(d.callId(), d.year(), d.carrierId(), d.contactId(), userId, d.actionId(),
                d.axisLabel(), d.title(), d.summary(), d.startDate(), d.endDate(), d.multiYear(), d.renewal(),
                d.qpvCodes(), d.budget());
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount).setScale(2);
    }

    static List<Long> ids(Application... applications) {
        return java.util.Arrays.stream(applications).map(Application::getId).toList();
    }
}
