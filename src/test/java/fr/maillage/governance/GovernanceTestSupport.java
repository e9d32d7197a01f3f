package fr.maillage.governance;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.shared.LinkedObject;
import fr.maillage.shared.LinkedObjectProvider;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.WorkspaceTestSupport;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * What the governance tests share, so that they share one application context: a provider of
 * "application" links standing for the funding module (records registered per workspace by the
 * tests), synchronous indexing, two workspaces with their members, and helpers to build a body.
 */
@MaillageTest
@RecordApplicationEvents
@Import(GovernanceTestSupport.TestLinks.class)
abstract class GovernanceTestSupport extends WorkspaceTestSupport {

    /** The test's stand-in for funding's applications: (workspace, id) → label. */
    static final Map<Long, Map<Long, String>> APPLICATIONS = new ConcurrentHashMap<>();

    @TestConfiguration
    static class TestLinks {
        @Bean
        LinkedObjectProvider testApplications() {
            return new LinkedObjectProvider() {
                @Override
                public String type() {
                    return "application";
                }

                @Override
                public String labelKey() {
                    return "governance.bodies.title";
                }

                @Override
                public List<LinkedObject> search(Long workspaceId, String query, int limit) {
                    return APPLICATIONS.getOrDefault(workspaceId, Map.of()).entrySet().stream()
                            .filter(e -> query == null || e.getValue().toLowerCase().contains(query.toLowerCase()))
                            .limit(limit).map(e -> object(workspaceId, e.getKey(), e.getValue())).toList();
                }

                @Override
                public Optional<LinkedObject> find(Long workspaceId, Long id) {
                    return Optional.ofNullable(APPLICATIONS.getOrDefault(workspaceId, Map.of()).get(id))
                            .map(label -> object(workspaceId, id, label));
                }

                private LinkedObject object(Long workspaceId, Long id, String label) {
                    return new LinkedObject("application", id, label,
                            "/espaces/" + workspaceId + "/dossiers/" + id);
                }
            };
        }
    }

    @Autowired
    DirectoryManagement directory;

    @Autowired
    GovernanceManagement governance;

    @Autowired
    HoldMeeting hold;

    Workspace montbeliard;
    Workspace bourges;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", () -> "sync");
    }

    @BeforeEach
    void createWorkspaces() {
        montbeliard = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null,
                null);
        bourges = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative de Bourges", null, null, null);
        join(montbeliard, bourges);
    }

    Organisation organisation(String name, String email) {
        return directory.createOrganisation(new OrganisationDetails(name, null, OrganisationKind.ASSOCIATION, null,
                null, null, null, null, "25388", Set.of(), Set.of(), null, null, email));
    }

    /** A COPIL with members, each organisation with an address; quorum: half of the voters. */
    Body copil(Workspace workspace, int voters) {
        Body body = governance.createBody(workspace.getId(),
                new BodyDetails(BodyKind.COPIL, "Comité de pilotage", "", "Pilotage du contrat", QuorumRule.SHARE, 50));
        for (int i = 1; i <= voters; i++) {
            Organisation o = organisation("Partenaire " + i + " " + workspace.getId() + "-" + System.nanoTime(),
                    "partenaire" + i + "." + System.nanoTime() + "@exemple.fr");
            governance.addMember(workspace.getId(), body.getId(), new MemberDetails(o.getId(), null, null,
                    i == 1 ? MemberFunction.PRESIDENT : MemberFunction.MEMBRE, null, null, null, true));
        }
        return body;
    }

    Meeting meeting(Workspace workspace, Body body, LocalDateTime start) {
        return governance.planMeeting(workspace.getId(), body.getId(),
                new MeetingDetails("COPIL de printemps", start, start.plusHours(2), "Hôtel d’agglomération", null));
    }
}
