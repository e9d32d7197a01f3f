package fr.maillage.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.account.AccountManagement;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The demonstration's funding: PMA's applications at every stage and the cité éducative's split envelope. */
@MaillageTest
@Tag("database")
@TestPropertySource(properties = "maillage.demo=true")
class FundingDemoTests {

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    AccountManagement accounts;

    @Autowired
    FundingManagement funding;

    @Autowired
    EnvelopeManagement envelopes;

    @Autowired
    TestUsers users;

    @Autowired
    MockMvc mvc;

    @Test
    void pma_has_twenty_applications_in_various_states_and_valenciennes_a_split_envelope() throws Exception {
        var pilote = accounts.findByEmail("pilote@demo.maillage.fr").orElseThrow();
        Workspace pma = workspaces.workspacesOf(pilote.getId()).stream()
                .filter(w -> w.getName().contains("Montbéliard")).findFirst().orElseThrow();
        var applications = funding.applications(pma.getId(), 2027, null, null, PageRequest.of(0, 50));
        assertThat(applications.getTotalElements()).isEqualTo(20);
        List<FundingStatus> statuses = funding.linesOf(applications.getContent().stream().map(Application::getId)
                .toList()).values().stream().flatMap(List::stream).map(FundingLine::getStatus).distinct().toList();
        assertThat(statuses).contains(FundingStatus.BROUILLON, FundingStatus.A_COMPLETER, FundingStatus.INSTRUIT,
                FundingStatus.VALIDE, FundingStatus.REFUSE, FundingStatus.NOTIFIE, FundingStatus.VERSE, FundingStatus.JUSTIFIE);
        var cite = accounts.findByEmail("cite@demo.maillage.fr").orElseThrow();
        Workspace valenciennes = workspaces.workspacesOf(cite.getId()).get(0);
        Envelope state = envelopes.envelopes(valenciennes.getId()).get(0);
        assertThat(envelopes.allocations(state.getId())).extracting(Allocation::getTarget)
                .containsExactlyInAnyOrder("Anzin", "Valenciennes", "Collège Jules Ferry (chef de file)");
        assertThat(envelopes.remaining(state)).isEqualByComparingTo("20000");
        mvc.perform(get("/espaces/" + pma.getId() + "/financements/tableau-de-bord").with(user(users.principal(pilote))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Permanences d")))
                .andExpect(content().string(containsString("<svg")));
    }
}
