package fr.maillage.demo;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.maillage.testing.MaillageTest;
import fr.maillage.account.AccountManagement;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demonstration's governance: the PMA COPIL with published minutes and numbered decisions,
 * and follow-ups waiting on the demo users' home pages.
 */
@MaillageTest
@Tag("database")
@TestPropertySource(properties = "maillage.demo=true")
class GovernanceDemoTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    WorkspaceManagement workspaces;

    @Test
    void the_demo_users_find_bodies_decisions_and_their_follow_ups() throws Exception {
        var contributeur = users.loadUserByUsername("contributeur@demo.maillage.fr");
        mvc.perform(get("/").with(user(contributeur)))
                .andExpect(content().string(containsString("Mes suites à donner (2)")))
                .andExpect(content().string(containsString("Organiser le diagnostic en marchant avec le bailleur")));
        Long pilote = accounts.findByEmail("pilote@demo.maillage.fr").orElseThrow().getId();
        Workspace pma = workspaces.workspacesOf(pilote).stream()
                .filter(w -> w.getName().contains("Montbéliard")).findFirst().orElseThrow();
        var piloteUser = users.loadUserByUsername("pilote@demo.maillage.fr");
        mvc.perform(get("/espaces/" + pma.getId() + "/instances").with(user(piloteUser))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Comité de pilotage du contrat de ville")));
        mvc.perform(get("/espaces/" + pma.getId() + "/decisions").with(user(piloteUser)))
                .andExpect(content().string(containsString("COPIL-2026-01")))
                .andExpect(content().string(containsString("Adoption des orientations 2027")));
        var cite = users.loadUserByUsername("cite@demo.maillage.fr");
        mvc.perform(get("/").with(user(cite)))
                .andExpect(content().string(containsString("Notifier la répartition aux deux communes")));
    }
}
