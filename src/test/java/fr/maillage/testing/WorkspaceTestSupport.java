package fr.maillage.testing;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.UserAccount;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the modules' test supports share: MockMvc, a team of new users created before each test (a
 * platform administrator, then a pilote, a contributeur and a lecteur of the module's home workspace
 * and an outsider, pilote of another one, once {@link #join} is called), the principals to act as
 * them and the bearer of a personal API token for each.
 *
 * <p>A module's support, annotated {@link MaillageTest} (so that the application context stays the one
 * its tests share), extends this class, creates its two workspaces in its own {@code @BeforeEach}
 * (which runs after {@link #createUsers}) and calls {@link #join}. It must not declare a
 * {@code @BeforeEach} method named {@code createUsers}, which would replace this one.
 */
public abstract class WorkspaceTestSupport {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected TestUsers users;

    @Autowired
    protected WorkspaceManagement workspaces;

    @Autowired
    protected ApiTokenManagement tokens;

    private final Map<Long, String> bearers = new HashMap<>();

    protected UserAccount admin;
    protected UserAccount pilote;
    protected UserAccount contributeur;
    protected UserAccount lecteur;
    protected UserAccount outsider;

    @BeforeEach
    void createUsers() {
        admin = users.create("Ada Admin", true);
        pilote = users.create("Claire Pilote", false);
        contributeur = users.create("Paul Contributeur", false);
        lecteur = users.create("Luc Lecteur", false);
        outsider = users.create("Olga Ailleurs", false);
    }

    /** Makes the pilote, contributeur and lecteur members of {@code home}, and the outsider pilote of {@code other}. */
    protected void join(Workspace home, Workspace other) {
        workspaces.addMember(home.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        workspaces.addMember(home.getId(), contributeur.getId(), WorkspaceRole.CONTRIBUTEUR);
        workspaces.addMember(home.getId(), lecteur.getId(), WorkspaceRole.LECTEUR);
        workspaces.addMember(other.getId(), outsider.getId(), WorkspaceRole.PILOTE);
    }

    /** The principal to act as the user (with {@code user(...)} of Spring Security's MockMvc support). */
    protected AccountPrincipal me(UserAccount account) {
        return users.principal(account);
    }

    /** The Authorization header of a personal API token of the user, one per user and test. */
    protected String bearer(UserAccount account) {
        return bearers.computeIfAbsent(account.getId(),
                id -> "Bearer " + tokens.create(id, "jeton de test").secret());
    }
}
