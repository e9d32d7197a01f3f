package fr.maillage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.AccountManagement;
import fr.maillage.participation.Council;
import fr.maillage.participation.DrawCitizenCouncil;
import fr.maillage.participation.Gender;
import fr.maillage.participation.Member;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.testing.MaillageTest;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demonstration's citizen council: 80 volunteers, a draw of 12 with gender parity that anyone can
 * re-run, its appointed members and its public page.
 */
@MaillageTest
@Tag("database")
@TestPropertySource(properties = "maillage.demo=true")
class ParticipationDemoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountManagement accounts;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    ParticipationManagement participation;

    @Autowired
    DrawCitizenCouncil draws;

    @Test
    void the_pma_council_has_its_pool_a_parity_draw_and_a_public_page() throws Exception {
        Long pilote = accounts.findByEmail("pilote@demo.maillage.fr").orElseThrow().getId();
        Workspace pma = workspaces.workspacesOf(pilote).stream().filter(w -> w.getName().contains("Montbéliard"))
                .findFirst().orElseThrow();
        Council council = participation.councils(pma.getId(), PageRequest.of(0, 10)).getContent().get(0);
        assertThat(council.getName()).isEqualTo("Conseil citoyen de la Petite Hollande");
        var pool = participation.pools(pma.getId(), council.getId()).get(0);
        assertThat(participation.volunteers(pma.getId(), pool.getId(), PageRequest.of(0, 1)).getTotalElements()).isEqualTo(80);
        var draw = draws.draws(pma.getId(), council.getId()).get(0);
        assertThat(draw.getSeats()).isEqualTo(12);
        assertThat(draws.rerun(draws.draw(pma.getId(), draw.getId())).drawn()).hasSize(12);
        List<Member> members = participation.activeMembers(pma.getId(), council.getId());
        assertThat(members).hasSize(15);
        assertThat(members.stream().filter(m -> m.getVolunteerId() != null && m.getGender() == Gender.FEMME)).hasSize(6);
        mvc.perform(get("/conseils-citoyens/" + council.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Séance d&#39;installation")))
                .andExpect(content().string(containsString("Collège des habitants : 12")));
    }
}
