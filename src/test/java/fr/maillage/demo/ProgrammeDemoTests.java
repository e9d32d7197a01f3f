package fr.maillage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.AccountManagement;
import fr.maillage.programme.ActionFilters;
import fr.maillage.programme.Axis;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.testing.MaillageTest;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * The demonstration's programme: a strategy and about ten actions on the PMA contrat de ville and
 * on the Valenciennes – Anzin cité éducative, whose axes are the three national objectives.
 */
@MaillageTest
@Tag("database")
@TestPropertySource(properties = "maillage.demo=true")
class ProgrammeDemoTests {

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ProgrammeManagement programme;

    @Test
    void the_demo_workspaces_have_a_strategy_and_actions() {
        Workspace pma = workspaces.workspacesOf(accounts.findByEmail("contributeur@demo.maillage.fr").orElseThrow()
                .getId()).get(0);
        Workspace cite = workspaces.workspacesOf(accounts.findByEmail("cite@demo.maillage.fr").orElseThrow()
                .getId()).get(0);
        assertThat(programme.axes(pma.getId())).extracting(Axis::getTitle).contains("Cohésion sociale");
        assertThat(programme.actions(pma.getId(), ActionFilters.none(), PageRequest.of(0, 50)).getTotalElements())
                .isEqualTo(10);
        assertThat(programme.axes(cite.getId())).extracting(Axis::getTitle)
                .containsExactly("Conforter le rôle de l'école", "Promouvoir la continuité éducative",
                        "Ouvrir le champ des possibles");
        assertThat(programme.actions(cite.getId(), ActionFilters.ofYear(2027), PageRequest.of(0, 50))
                .getTotalElements()).isEqualTo(8);
    }
}
