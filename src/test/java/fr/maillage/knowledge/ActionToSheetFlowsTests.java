package fr.maillage.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.programme.Action;
import fr.maillage.programme.ActionDraft;
import fr.maillage.programme.ActionPartner;
import fr.maillage.programme.ActionStatus;
import fr.maillage.programme.AgeBand;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.programme.TargetGender;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Scenario 9: a completed action becomes a fiche d'expérience, pre-filled from the action, reviewed
 * and published on the public portal, where anyone finds it by searching "soutien à la parentalité".
 */
@Tag("database")
class ActionToSheetFlowsTests extends KnowledgeTestSupport {

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    DirectoryManagement directory;

    @Test
    void a_completed_action_becomes_a_published_sheet_found_by_anyone() throws Exception {
        Long ws = montbeliard.getId();
        Organisation centre = organisation("Centre social des Buis " + System.nanoTime());
        Organisation caf = organisation("CAF du Doubs " + System.nanoTime());
        Action action = programme.createAction(ws, new ActionDraft("Ateliers parents-enfants des Buis",
                centre.getId(), List.of(new ActionPartner(caf.getId(), "Cofinanceur")), Set.of(),
                "<p>Des ateliers hebdomadaires de soutien à la parentalité.</p>", Set.of(AgeBand.AGE_3_5), 40,
                TargetGender.TOUS, null, null, Set.of(), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 6, 30),
                ActionStatus.REALISEE, 2025, false, null, new BigDecimal("15000.00"), null));

        mvc.perform(get("/espaces/" + ws + "/capitalisation").with(user(me(contributeur))))
                .andExpect(content().string(containsString("Ateliers parents-enfants des Buis (2025)")));
        mvc.perform(get("/espaces/" + ws + "/capitalisation/nouvelle").param("action", action.getId().toString())
                        .with(user(me(contributeur))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Ateliers parents-enfants des Buis\"")))
                .andExpect(content().string(containsString(centre.getName())))
                .andExpect(content().string(containsString(caf.getName())))
                .andExpect(content().string(containsString("40 participants attendus")))
                .andExpect(content().string(containsString("000,00&nbsp;&euro;")))
                .andExpect(content().string(containsString("value=\"2025-09-01\"")));
        mvc.perform(get("/espaces/" + ws + "/capitalisation/nouvelle").param("action", action.getId().toString())
                .with(user(me(outsider)))).andExpect(status().isNotFound());

        String location = mvc.perform(post("/espaces/" + ws + "/capitalisation/nouvelle").with(user(me(contributeur)))
                        .with(csrf()).param("sourceAction", action.getId().toString())
                        .param("title", "Ateliers parents-enfants des Buis")
                        .param("summary", "Des ateliers de soutien à la parentalité au centre social.")
                        .param("carrier", centre.getName()).param("partners", caf.getName())
                        .param("themeCodes", "parentalite")
                        .param("activities", "<p>Des ateliers hebdomadaires de soutien à la parentalité.</p>")
                        .param("results", "32 familles ont participé."))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long sheetId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        ExperienceSheet sheet = knowledge.sheet(ws, sheetId);
        assertThat(sheet.getSourceActionId()).isEqualTo(action.getId());
        assertThat(sheet.getCarrierId()).isEqualTo(centre.getId());
        assertThat(sheet.getPartnerIds()).containsExactly(caf.getId());
        mvc.perform(get(location).with(user(me(lecteur))))
                .andExpect(content().string(containsString("Écrite à partir de l")))
                .andExpect(content().string(containsString("/espaces/" + ws + "/actions/" + action.getId())));

        knowledge.submit(ws, sheetId, sheet.getVersion());
        mvc.perform(post(location + "/commentaires").with(user(me(pilote))).with(csrf())
                .param("body", "Très clair, je publie.")).andExpect(status().is3xxRedirection());
        knowledge.publish(ws, sheetId, knowledge.sheet(ws, sheetId).getVersion());

        mvc.perform(get("/fiches").param("q", "soutien à la parentalité"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ateliers parents-enfants des Buis")));
        mvc.perform(get("/fiches/ateliers-parents-enfants-des-buis"))
                .andExpect(content().string(containsString(centre.getName())))
                .andExpect(content().string(containsString("32 familles ont participé.")));
    }

    private Organisation organisation(String name) {
        return directory.createOrganisation(new OrganisationDetails(name, null, OrganisationKind.ASSOCIATION, null,
                null, null, null, null, "25388", Set.of(), Set.of("parentalite"), null, null, null));
    }
}
