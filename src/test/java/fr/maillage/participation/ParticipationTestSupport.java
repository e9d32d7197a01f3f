package fr.maillage.participation;

import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.WorkspaceTestSupport;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the participation tests share (one application context): a contrat de ville of Montbéliard
 * with two QPV in its perimeter and its members, another workspace, and helpers to build a council
 * and a pool.
 */
@MaillageTest
abstract class ParticipationTestSupport extends WorkspaceTestSupport {

    static final String PETITE_HOLLANDE = "QN02501M";
    static final String CHIFFOGNE = "QN02502M";

    @Autowired
    ParticipationManagement participation;

    @Autowired
    DrawCitizenCouncil draws;

    Workspace montbeliard;
    Workspace bourges;

    @BeforeEach
    void createWorkspaces() {
        montbeliard = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null, null);
        workspaces.addToPerimeter(montbeliard.getId(), TerritoryKind.QPV, PETITE_HOLLANDE);
        workspaces.addToPerimeter(montbeliard.getId(), TerritoryKind.QPV, CHIFFOGNE);
        bourges = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges", null, null, null);
        join(montbeliard, bourges);
    }

    String base() {
        return "/espaces/" + montbeliard.getId() + "/participation";
    }

    Council council(String name) {
        return participation.createCouncil(montbeliard.getId(), new CouncilDetails(CouncilKind.CONSEIL_CITOYEN, name,
                null, List.of(PETITE_HOLLANDE, CHIFFOGNE), LocalDate.of(2026, 1, 1), LocalDate.of(2029, 12, 31), 12, 8,
                true, Map.of(), Map.of(PETITE_HOLLANDE, 6)));
    }

    /** A pool of n residents: odd numbers women, ages and quartiers spread. */
    VolunteerPool pool(Council council, int size) {
        VolunteerPool pool = participation.createPool(montbeliard.getId(), council.getId(), "Volontaires 2026", null);
        for (int i = 1; i <= size; i++) {
            participation.addVolunteer(montbeliard.getId(), pool.getId(), new VolunteerDetails("Prénom" + i, "Nom" + i,
                    i % 2 == 1 ? Gender.FEMME : Gender.HOMME, AgeBand.values()[(i / 2) % 4],
                    (i / 8) % 2 == 0 ? PETITE_HOLLANDE : CHIFFOGNE, ListSource.VOLONTAIRES,
                    "habitant" + i + "." + pool.getId() + "@exemple.fr", null, null));
        }
        return pool;
    }
}
