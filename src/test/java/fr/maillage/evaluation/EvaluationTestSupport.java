package fr.maillage.evaluation;

import fr.maillage.account.UserAccount;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.WorkspaceTestSupport;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the evaluation tests share (one application context): a cité éducative with its members, a
 * second workspace whose pilote is an outsider to the first, and helpers.
 */
@MaillageTest
abstract class EvaluationTestSupport extends WorkspaceTestSupport {

    @Autowired
    EvaluationManagement evaluation;

    @Autowired
    fr.maillage.programme.StrategyManagement strategy;

    @Autowired
    fr.maillage.programme.ProgrammeManagement programme;

    @Autowired
    fr.maillage.directory.DirectoryManagement directory;

    Workspace cite;
    Workspace other;

    @BeforeEach
    void createWorkspaces() {
        cite = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative Valenciennes – Anzin", null, null, null);
        workspaces.addToPerimeter(cite.getId(), TerritoryKind.QPV, "QN05901M");
        workspaces.addToPerimeter(cite.getId(), TerritoryKind.QPV, "QN05902M");
        other = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Bourges", null, null, null);
        join(cite, other);
    }

    String base(Workspace workspace) {
        return "/espaces/" + workspace.getId() + "/evaluation";
    }

    /** A carrier organisation with one contact of the workspace who has an e-mail. */
    record Carrier(fr.maillage.directory.Organisation organisation, fr.maillage.directory.Contact contact) {
    }

    Carrier carrier(Workspace workspace, String name, String email) {
        var organisation = directory.createOrganisation(new fr.maillage.directory.OrganisationDetails(
                name + " " + System.nanoTime(), null, fr.maillage.directory.OrganisationKind.ASSOCIATION, null, null,
                null, null, null, null, Set.of(), Set.of(), null, null, null));
        var contact = directory.createContact(workspace.getId(), new fr.maillage.directory.ContactDetails("Nadia",
                "Benali", "Coordinatrice", email, null, fr.maillage.directory.LegalBasis.MISSION_INTERET_PUBLIC, null,
                null, java.util.List.of(new fr.maillage.directory.Affiliation(organisation.getId(), "Coordinatrice"))));
        return new Carrier(organisation, contact);
    }

    /** An objective of the workspace, under a new axis. */
    fr.maillage.programme.Objective objective(Workspace workspace, String title) {
        var axis = strategy.addAxis(workspace.getId(), "Axe " + title, null);
        return strategy.addObjective(workspace.getId(), axis.getId(), null, title, null);
    }

    /** An action of the year 2026 carried by the organisation, on the objective, with a referent. */
    fr.maillage.programme.Action action(Workspace workspace, String title, Carrier carrier,
            fr.maillage.programme.Objective objective, UserAccount referent) {
        var draft = fr.maillage.programme.ActionDraft.of(title, carrier.organisation().getId(), 2026)
                .withObjectives(Set.of(objective.getId())).withStatus(fr.maillage.programme.ActionStatus.EN_COURS);
        return programme.createAction(workspace.getId(), referent == null ? draft : draft.withReferent(referent.getId()));
    }

    /** An action-level indicator, yearly, split by sex, bounded 0-500. */
    Indicator actionIndicator(Workspace workspace, fr.maillage.programme.Action action, String name) {
        return evaluation.createIndicator(workspace.getId(), new IndicatorDetails(null, name, null, Unit.NOMBRE,
                Direction.HIGHER_IS_BETTER, IndicatorLevel.ACTION, null, action.getId(), Periodicity.ANNEE_SCOLAIRE,
                null, Set.of(Disaggregation.SEXE), null, null, BigDecimal.ZERO, new BigDecimal("500"),
                Map.of("2025-2026", new BigDecimal("60"))));
    }

    /** "Enfants touchés", school years, split by QPV and sex, baseline 2023, target 450 in 2025-2026. */
    Indicator childrenReached(Workspace workspace) {
        return evaluation.createIndicator(workspace.getId(), new IndicatorDetails(null, "Enfants touchés",
                "Enfants ayant participé à au moins une action", Unit.NOMBRE, Direction.HIGHER_IS_BETTER,
                IndicatorLevel.WORKSPACE, null, null, Periodicity.ANNEE_SCOLAIRE, "Bilans des porteurs",
                Set.of(Disaggregation.QPV, Disaggregation.SEXE), new BigDecimal("368"), LocalDate.of(2023, 6, 30),
                BigDecimal.ZERO, new BigDecimal("2000"), Map.of("2025-2026", new BigDecimal("450"))));
    }
}
