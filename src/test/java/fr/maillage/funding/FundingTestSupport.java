package fr.maillage.funding;

import fr.maillage.account.UserAccount;
import fr.maillage.directory.Affiliation;
import fr.maillage.directory.Contact;
import fr.maillage.directory.ContactDetails;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.LegalBasis;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.testing.MaillageTest;
import fr.maillage.testing.WorkspaceTestSupport;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the funding tests share (one application context): two workspaces with their members, a
 * carrier with a contact, and helpers that build balanced budgets.
 */
@MaillageTest
abstract class FundingTestSupport extends WorkspaceTestSupport {

    private static final AtomicInteger NAMES = new AtomicInteger();

    @Autowired
    DirectoryManagement directory;

    @Autowired
    FundingManagement funding;

    @Autowired
    ApplicationInstruction instruction;

    @Autowired
    EnvelopeManagement envelopes;

    Workspace montbeliard;
    Workspace valenciennes;
    Organisation carrier;
    Contact carrierContact;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", () -> "sync");
    }

    @BeforeEach
    void createWorkspaces() {
        montbeliard = workspaces.create(WorkspaceType.CONTRAT_DE_VILLE, "Contrat de ville de Montbéliard", null, null,
                null);
        valenciennes = workspaces.create(WorkspaceType.CITE_EDUCATIVE, "Cité éducative Valenciennes – Anzin", null,
                null, null);
        join(montbeliard, valenciennes);
        carrier = organisation("Centre social Les Buis " + NAMES.incrementAndGet());
        carrierContact = directory.createContact(montbeliard.getId(), new ContactDetails("Nadia", "Benali",
                "Directrice", "nadia.benali@buis.example.org", null, LegalBasis.MISSION_INTERET_PUBLIC, null, null,
                List.of(new Affiliation(carrier.getId(), "Directrice"))));
    }

    Organisation organisation(String name) {
        return directory.createOrganisation(new OrganisationDetails(name, null, OrganisationKind.ASSOCIATION, null,
                null, null, null, null, "25388", Set.of(), Set.of(), null, null, null));
    }

    String base(Workspace workspace) {
        return "/espaces/" + workspace.getId() + "/financements";
    }

    static Actor actor(UserAccount user) {
        return new Actor(user.getId(), user.getDisplayName());
    }

    /** A balanced budget: personnel and purchases on one side, the given subsidies and own resources on the other. */
    static List<BudgetLine> budget(Object... funderAmounts) {
        List<BudgetLine> lines = new ArrayList<>();
        BigDecimal subsidies = BigDecimal.ZERO;
        for (int i = 0; i < funderAmounts.length; i += 2) {
            BigDecimal amount = new BigDecimal(funderAmounts[i + 1].toString());
            lines.add(new BudgetLine(BudgetAccount.R74, (Funder) funderAmounts[i], null, amount));
            subsidies = subsidies.add(amount);
        }
        BigDecimal own = new BigDecimal("1000.00");
        lines.add(new BudgetLine(BudgetAccount.R70, null, null, own));
        BigDecimal total = subsidies.add(own);
        lines.add(new BudgetLine(BudgetAccount.C60, null, null, new BigDecimal("500.00")));
        lines.add(new BudgetLine(BudgetAccount.C64, null, null, total.subtract(new BigDecimal("500.00"))));
        return lines;
    }

    ApplicationDetails details(Workspace workspace, Long callId, String title, List<BudgetLine> budget) {
        return new ApplicationDetails(callId, 2027, carrier.getId(),
                workspace.getId().equals(montbeliard.getId()) ? carrierContact.getId() : null, null, null,
                "Axe 1 — Éducation", title, "Ateliers pour les familles", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), false, false, Set.of("QN02501M"), budget);
    }

    CallForProjects call(Workspace workspace) {
        return funding.createCall(workspace.getId(), new CallDetails(2027, "Appel à projets 2027",
                "<p>Priorité à l’<strong>éducation</strong></p><script>alert(1)</script>", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30), Set.of(Funder.ETAT_BOP147, Funder.EPCI, Funder.COMMUNE, Funder.CAF),
                List.of(new Criterion("Présence dans les QPV", 2, 5), new Criterion("Faisabilité", 1, 5))));
    }

    /** An application brought to INSTRUIT on every line with a favourable opinion. */
    Application instructed(Workspace workspace, String title, Object... funderAmounts) {
        Application application = funding.createApplication(workspace.getId(),
                details(workspace, null, title, budget(funderAmounts)), actor(pilote));
        Long id = application.getId();
        instruction.move(workspace.getId(), id, null, FundingStatus.DEPOSE, "", actor(pilote));
        instruction.move(workspace.getId(), id, null, FundingStatus.RECEVABLE, "", actor(pilote));
        for (FundingLine line : funding.lines(id)) {
            instruction.giveOpinion(workspace.getId(), id, line.getId(), Opinion.FAVORABLE, line.getRequested(), "",
                    actor(pilote));
        }
        return application;
    }
}
