package fr.maillage.programme;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.programme.InvalidActionException.Violation;
import fr.maillage.territory.TerritoryCatalog;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.territory.TerritoryRef;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceAccess;
import fr.maillage.workspace.WorkspaceManagement;
import fr.maillage.workspace.WorkspaceRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The rules a fiche action must follow before it is stored, whoever writes it (page, API, funding):
 * the carrier and partners exist in the directory, the objectives belong to the workspace, the QPV
 * lie in its perimeter, the dates and years are in order, amounts and numbers are not negative, and
 * the référent is a pilote or contributeur of the workspace.
 */
@Component
class ActionChecks {

    static final BigDecimal MAX_BUDGET = new BigDecimal("999999999999.99");

    private final DirectoryManagement directory;
    private final Objectives objectives;
    private final WorkspaceManagement workspaces;
    private final WorkspaceAccess access;
    private final TerritoryCatalog catalog;
    private final TerritoryDirectory territories;

    ActionChecks(DirectoryManagement directory, Objectives objectives, WorkspaceManagement workspaces,
            WorkspaceAccess access, TerritoryCatalog catalog, TerritoryDirectory territories) {
        this.directory = directory;
        this.objectives = objectives;
        this.workspaces = workspaces;
        this.access = access;
        this.catalog = catalog;
        this.territories = territories;
    }

    void require(Long workspaceId, ActionDraft d) {
        List<Violation> violations = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            violations.add(new Violation("title", "programme.action.title.required"));
        } else if (d.title().strip().length() > 250) {
            violations.add(new Violation("title", "programme.action.title.size"));
        }
        checkOrganisations(d, violations);
        if (!d.objectiveIds().isEmpty()
                && objectives.findByWorkspaceIdAndIdIn(workspaceId, d.objectiveIds()).size() != d.objectiveIds().size()) {
            violations.add(new Violation("objectiveIds", "programme.action.objectives.unknown"));
        }
        if (!d.qpvCodes().isEmpty() && !qpvChoices(workspaceId).keySet().containsAll(d.qpvCodes())) {
            violations.add(new Violation("qpvCodes", "programme.action.qpv.outside"));
        }
        checkDatesAndYears(d, violations);
        checkNumbers(d, violations);
        if (d.referentUserId() != null) {
            WorkspaceRole role = access.roleOf(workspaceId, d.referentUserId()).orElse(null);
            if (role != WorkspaceRole.PILOTE && role != WorkspaceRole.CONTRIBUTEUR) {
                violations.add(new Violation("referentUserId", "programme.action.referent.notMember"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidActionException(violations);
        }
    }

    /** The QPV an action of the workspace may concern: those of its perimeter and of its communes. */
    Map<String, String> qpvChoices(Long workspaceId) {
        Workspace workspace = workspaces.get(workspaceId);
        Set<String> codes = new HashSet<>(workspace.perimeterCodes(TerritoryKind.QPV));
        for (String commune : workspace.perimeterCodes(TerritoryKind.COMMUNE)) {
            catalog.qpvOf(commune).forEach(q -> codes.add(q.getCode()));
        }
        Map<String, String> choices = new LinkedHashMap<>();
        territories.findAll(TerritoryKind.QPV, codes).values().stream()
                .sorted(Comparator.comparing(TerritoryRef::code))
                .forEach(r -> choices.put(r.code(), r.name()));
        return choices;
    }

    private void checkOrganisations(ActionDraft d, List<Violation> violations) {
        if (d.carrierId() == null) {
            violations.add(new Violation("carrierId", "programme.action.carrier.required"));
        }
        Set<Long> ids = new HashSet<>();
        if (d.carrierId() != null) {
            ids.add(d.carrierId());
        }
        Set<Long> partnerIds = new HashSet<>();
        for (ActionPartner partner : d.partners()) {
            if (partner.organisationId() == null || !partnerIds.add(partner.organisationId())
                    || partner.organisationId().equals(d.carrierId())) {
                violations.add(new Violation("partners", "programme.action.partners.duplicate"));
                return;
            }
            if (partner.role() != null && partner.role().length() > 200) {
                violations.add(new Violation("partners", "programme.action.partners.roleSize"));
            }
        }
        ids.addAll(partnerIds);
        if (!ids.isEmpty() && directory.organisations(ids).size() != ids.size()) {
            violations.add(new Violation(d.carrierId() != null && directory.organisations(List.of(d.carrierId()))
                    .isEmpty() ? "carrierId" : "partners", "programme.action.organisation.unknown"));
        }
    }

    private static void checkDatesAndYears(ActionDraft d, List<Violation> violations) {
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            violations.add(new Violation("endDate", "programme.action.dates.order"));
        }
        if (d.year() < 2000 || d.year() > 2100) {
            violations.add(new Violation("year", "programme.action.year.range"));
        }
        if (d.multiYear()) {
            if (d.lastYear() == null || d.lastYear() <= d.year()) {
                violations.add(new Violation("lastYear", "programme.action.lastYear.after"));
            } else if (d.lastYear() > d.year() + 5) {
                violations.add(new Violation("lastYear", "programme.action.lastYear.range"));
            }
        }
    }

    private static void checkNumbers(ActionDraft d, List<Violation> violations) {
        if (d.budget() != null && (d.budget().signum() < 0 || d.budget().compareTo(MAX_BUDGET) > 0)) {
            violations.add(new Violation("budget", "programme.action.budget.range"));
        }
        if (d.budget() != null && d.budget().stripTrailingZeros().scale() > 2) {
            violations.add(new Violation("budget", "programme.action.budget.cents"));
        }
        if (negative(d.expectedParticipants())) {
            violations.add(new Violation("expectedParticipants", "programme.action.count.negative"));
        }
        if (negative(d.expectedFemales()) || negative(d.expectedMales())) {
            violations.add(new Violation("expectedFemales", "programme.action.count.negative"));
        }
        if (d.gender() == TargetGender.PAR_GENRE && d.expectedFemales() == null && d.expectedMales() == null) {
            violations.add(new Violation("expectedFemales", "programme.action.gender.counts"));
        }
    }

    private static boolean negative(Integer value) {
        return value != null && value < 0;
    }
}
