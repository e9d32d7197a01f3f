package fr.maillage.programme;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.WorkspaceTestSupport;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the programme tests share, so that they share one application context: a contrat de ville
 * with a pilote, a contributeur and a lecteur, a cité éducative of someone else, and carriers in
 * the directory.
 */
@MaillageTest
abstract class ProgrammeTestSupport extends WorkspaceTestSupport {

    @Autowired
    DirectoryManagement directory;

    @Autowired
    ProgrammeManagement programme;

    @Autowired
    StrategyManagement strategy;

    Workspace montbeliard;
    Workspace bourges;
    Organisation centreSocial;
    Organisation college;

    @BeforeEach
    void createWorkspaces() {
        montbeliard = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null,
                null);
        workspaces.addToPerimeter(montbeliard.getId(), TerritoryKind.COMMUNE, "25388");
        bourges = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges", null, null, null);
        join(montbeliard, bourges);
        centreSocial = organisation("Centre social Les Buis " + System.nanoTime(), OrganisationKind.ASSOCIATION);
        college = organisation("Ville de Montbéliard " + System.nanoTime(), OrganisationKind.COMMUNE);
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
