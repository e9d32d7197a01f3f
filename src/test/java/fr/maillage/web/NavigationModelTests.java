package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.UserAccount;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.StatementCounter;
import fr.maillage.testing.TestUsers;
import fr.maillage.workspace.CurrentWorkspace;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The page shell's workspaces: one query per page, and always the user's current memberships.
 */
@MaillageTest
@Tag("database")
class NavigationModelTests {

    @Autowired
    NavigationModel navigation;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_shell_reads_the_workspaces_in_one_query_and_follows_membership_changes() {
        String marker = Long.toString(System.nanoTime(), 36);
        UserAccount user = users.create("Nina Navigation", false);
        Workspace second = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Navigation Zèbre " + marker, null, null,
                null);
        Workspace first = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Navigation Abeille " + marker, null,
                null, null);
        workspaces.addMember(second.getId(), user.getId(), WorkspaceRole.LECTEUR);
        workspaces.addMember(first.getId(), user.getId(), WorkspaceRole.CONTRIBUTEUR);
        logIn(user);

        Map<String, Object> model = new HashMap<>();
        int statements = StatementCounter.count(() -> navigation.populate(new MockHttpServletRequest(), model));

        assertThat(statements).isEqualTo(1);
        assertThat(names(model)).containsExactly("Navigation Abeille " + marker, "Navigation Zèbre " + marker);
        assertThat(((Workspace) model.get("currentWorkspace")).getId()).isEqualTo(first.getId());

        workspaces.removeMember(first.getId(), user.getId());
        Map<String, Object> after = new HashMap<>();
        navigation.populate(new MockHttpServletRequest(), after);

        assertThat(names(after)).containsExactly("Navigation Zèbre " + marker);
        assertThat(((Workspace) after.get("currentWorkspace")).getId()).isEqualTo(second.getId());
    }

    @Test
    void the_workspace_named_by_the_address_wins_over_the_one_remembered_in_the_session() {
        String marker = Long.toString(System.nanoTime(), 36);
        UserAccount user = users.create("Paul Adresse", false);
        Workspace one = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Adresse Un " + marker, null, null, null);
        Workspace three = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Adresse Trois " + marker, null, null,
                null);
        workspaces.addMember(one.getId(), user.getId(), WorkspaceRole.PILOTE);
        workspaces.addMember(three.getId(), user.getId(), WorkspaceRole.PILOTE);
        logIn(user);
        MockHttpServletRequest visitOfThree = new MockHttpServletRequest("GET", "/espaces/" + three.getId());
        CurrentWorkspace.set(visitOfThree.getSession(), three.getId());

        MockHttpServletRequest pageOfOne = new MockHttpServletRequest("GET",
                "/espaces/" + one.getId() + "/annuaire");
        pageOfOne.setSession(visitOfThree.getSession());
        Map<String, Object> model = new HashMap<>();
        navigation.populate(pageOfOne, model);
        assertThat(((Workspace) model.get("currentWorkspace")).getId()).isEqualTo(one.getId());

        MockHttpServletRequest elsewhere = new MockHttpServletRequest("GET", "/recherche");
        elsewhere.setSession(visitOfThree.getSession());
        Map<String, Object> outside = new HashMap<>();
        navigation.populate(elsewhere, outside);
        assertThat(((Workspace) outside.get("currentWorkspace")).getId()).isEqualTo(three.getId());

        for (String foreign : List.of("/espaces/99999999999999999999/actions", "/espaces/" + Long.MAX_VALUE)) {
            MockHttpServletRequest notMine = new MockHttpServletRequest("GET", foreign);
            notMine.setSession(visitOfThree.getSession());
            Map<String, Object> fallback = new HashMap<>();
            navigation.populate(notMine, fallback);
            assertThat(((Workspace) fallback.get("currentWorkspace")).getId()).isEqualTo(three.getId());
        }
    }

    @Test
    void a_user_without_workspace_costs_one_query_too() {
        logIn(users.create("Oscar Sans Espace", false));
        Map<String, Object> model = new HashMap<>();

        assertThat(StatementCounter.count(() -> navigation.populate(new MockHttpServletRequest(), model)))
                .isEqualTo(1);
        assertThat(names(model)).isEmpty();
        assertThat(model.get("currentWorkspace")).isNull();
    }

    private void logIn(UserAccount user) {
        AccountPrincipal principal = users.principal(user);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Map<String, Object> model) {
        return ((List<Workspace>) model.get("myWorkspaces")).stream().map(Workspace::getName).toList();
    }
}
