package fr.maillage.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.testing.MaillageTest;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * The demonstration's agenda: the resource centre's cycle of four sessions and its regional day are
 * on the portal with their registrations, and no e-mail was queued for people registered by phone.
 */
@MaillageTest
@TestPropertySource(properties = "maillage.demo=true")
class AgendaDemoTests {

    @Autowired
    AgendaManagement agenda;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    EventStatistics statistics;

    @Test
    void the_resource_centre_runs_a_cycle_and_a_regional_day() {
        var upcoming = agenda.upcomingPublic(null, null, PageRequest.of(0, 10)).getContent();
        assertThat(upcoming).extracting(Event::getTitle).containsExactly(
                "Journée régionale de la politique de la ville en Bourgogne-Franche-Comté",
                "Cycle de qualification : associer les habitants au contrat de ville");
        Event cycle = upcoming.get(1);
        assertThat(agenda.sessions(cycle.getId())).hasSize(4);
        assertThat(statistics.event(cycle.getId()).confirmed()).isEqualTo(14);
        Workspace bfc = workspaces.get(cycle.getWorkspaceId());
        assertThat(bfc.getName()).contains("Bourgogne-Franche-Comté");
        assertThat(agenda.involving(bfc.getId(), PageRequest.of(0, 10)).getTotalElements()).isEqualTo(3);
    }
}
