package fr.maillage.programme;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.UserAccount;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.TestUsers;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import fr.maillage.workspace.WorkspaceType;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What the programme tests share, so that they share one application context: a contrat de ville
 * with a pilote, a contributeur and a lecteur, a cité éducative of someone else, and carriers in
 * the directory.
 */
@MaillageTest
abstract class ProgrammeTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    WorkspaceManagement workspaces;

    @Autowired
    DirectoryManagement directory;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    StrategyManagement strategy;

    @Autowired
    ApiTokenManagement tokens;

    private final Map<Long, String> bearers = new HashMap<>();

    UserAccount admin;
    UserAccount pilote;
    UserAccount contributeur;
    UserAccount lecteur;
    UserAccount outsider;
    Workspace montbeliard;
    Workspace bourges;
    Organisation centreSocial;
    Organisation college;

    @BeforeEach
    void createWorkspaces() {
        admin = users.create("Ada Admin", true);
        pilote = users.create("Claire Pilote", false);
        contributeur = users.create("Paul Contributeur", false);
        lecteur = users.create("Luc Lecteur", false);
        outsider = users.create("Olga Ailleurs", false);
        montbeliard = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null,
                null);
        workspaces.addToPerimeter(montbeliard.getId(), TerritoryKind.COMMUNE, "25388");
        bourges = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges", null, null, null);
        workspaces.addMember(montbeliard.getId(), pilote.getId(), WorkspaceRole.PILOTE);
        workspaces.addMember(montbeliard.getId(), contributeur.getId(), WorkspaceRole.CONTRIBUTEUR);
        workspaces.addMember(montbeliard.getId(), lecteur.getId(), WorkspaceRole.LECTEUR);
        workspaces.addMember(bourges.getId(), outsider.getId(), WorkspaceRole.PILOTE);
        centreSocial = organisation("Centre social Les Buis " + System.nanoTime(), OrganisationKind.ASSOCIATION);
        college = organisation("Ville de Montbéliard " + System.nanoTime(), OrganisationKind.COMMUNE);
    }

    AccountPrincipal me(UserAccount account) {
        return users.principal(account);
    }

    String bearer(UserAccount account) {
        return bearers.computeIfAbsent(account.getId(),
                id -> "Bearer " + tokens.create(id, "jeton de test du programme").secret());
    }

    String base(Workspace workspace) {
        return "/espaces/" + workspace.getId();
    }

    Organisation organisation(String name, OrganisationKind kind) {
        return directory.createOrganisation(new OrganisationDetails(name, null, kind, null, null, null, null, null,
                "25388", Set.of(), Set.of(), null, null, null));
    }

    /** One axis, one strategic objective and one operational objective below it. */
    Objective[] smallTree(Workspace workspace) {
        Axis axis = strategy.addAxis(workspace.getId(), "Cohésion sociale", null);
        Objective strategic = strategy.addObjective(workspace.getId(), axis.getId(), null,
                "Favoriser la réussite éducative", null);
        Objective operational = strategy.addObjective(workspace.getId(), axis.getId(), strategic.getId(),
                "Accompagner les parents", null);
        return new Objective[] {strategic, operational};
    }
}
