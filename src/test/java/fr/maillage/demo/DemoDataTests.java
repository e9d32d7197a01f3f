package fr.maillage.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

import fr.maillage.account.AccountManagement;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.testing.MaillageTest;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceType;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demonstration dataset gives one workspace of each kind on real territories and demo users
 * who log in with the README's credentials.
 */
@MaillageTest
@Tag("database")
@TestPropertySource(properties = "maillage.demo=true")
class DemoDataTests {

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    AccountManagement accounts;

    @Autowired
    MockMvc mvc;

    @Test
    void the_demo_has_the_four_workspaces_on_real_territories() {
        Long pilote = accounts.findByEmail("pilote@demo.maillage.fr").orElseThrow().getId();
        List<Workspace> mine = workspaces.workspacesOf(pilote);
        assertThat(mine).extracting(Workspace::getName).containsExactly("Cité éducative de Bourges",
                "Contrat de ville de Pays de Montbéliard Agglomération");
        Workspace pma = workspaces.get(mine.get(1).getId());
        assertThat(pma.getType()).isEqualTo(WorkspaceType.CONTRAT_DE_VILLE);
        assertThat(pma.perimeterCodes(TerritoryKind.COMMUNE)).contains("25388");
        assertThat(pma.perimeterCodes(TerritoryKind.QPV)).contains("QN02501M");
        Long cite = accounts.findByEmail("cite@demo.maillage.fr").orElseThrow().getId();
        assertThat(workspaces.workspacesOf(cite)).extracting(Workspace::getDescription).first().asString()
                .contains("Jules Ferry", "Chasse Royale");
        assertThat(workspaces.all(org.springframework.data.domain.PageRequest.of(0, 10)).getContent())
                .extracting(Workspace::getType).containsExactlyInAnyOrder(WorkspaceType.CENTRE_RESSOURCES,
                        WorkspaceType.CITE_EDUCATIVE, WorkspaceType.CITE_EDUCATIVE, WorkspaceType.CONTRAT_DE_VILLE);
    }

    @Test
    void every_demo_user_logs_in_with_the_readme_password() throws Exception {
        for (String email : List.of("admin", "pilote", "contributeur", "lecteur", "cite", "crpv")) {
            mvc.perform(formLogin("/connexion").user("email", email + "@demo.maillage.fr")
                    .password("motDePasse", DemoData.PASSWORD)).andExpect(authenticated());
        }
    }
}
