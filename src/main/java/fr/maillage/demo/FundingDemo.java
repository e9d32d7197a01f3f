package fr.maillage.demo;

import fr.maillage.account.UserAccount;
import fr.maillage.directory.Affiliation;
import fr.maillage.directory.Contact;
import fr.maillage.directory.ContactDetails;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.LegalBasis;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.directory.Organisations;
import fr.maillage.funding.Actor;
import fr.maillage.funding.AllocationKind;
import fr.maillage.funding.Application;
import fr.maillage.funding.ApplicationDetails;
import fr.maillage.funding.ApplicationInstruction;
import fr.maillage.funding.BudgetAccount;
import fr.maillage.funding.BudgetLine;
import fr.maillage.funding.CallDetails;
import fr.maillage.funding.CallForProjects;
import fr.maillage.funding.Criterion;
import fr.maillage.funding.DecisionKind;
import fr.maillage.funding.Envelope;
import fr.maillage.funding.EnvelopeManagement;
import fr.maillage.funding.Funder;
import fr.maillage.funding.FundingLine;
import fr.maillage.funding.FundingManagement;
import fr.maillage.funding.FundingStatus;
import fr.maillage.funding.Opinion;
import fr.maillage.funding.PaymentKind;
import fr.maillage.workspace.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The funding part of the demonstration: PMA's 2027 call with twenty applications at every stage of
 * their lifecycle (and a 2025 one whose report is overdue), the State and CAF envelopes, and the
 * cité éducative Valenciennes – Anzin's State envelope split between the two communes and the collège.
 */
@Component
class FundingDemo implements DemoContribution {

    private static final String[][] CARRIERS = {
        {"Centre social Petite Hollande", "25388", "QN02501M"},
        {"Association Les Francas du Doubs", "25388", "QN02502M"},
        {"Maison de quartier des Champs Montants", "25031", "QN02504M"},
        {"Régie de quartier de Béthoncourt", "25057", "QN02506M"},
        {"Association sportive des Fougères", "25284", "QN02507I"},
        {"Centre social Les Buis", "25580", "QN02508M"},
        {"Compagnie Théâtre en quartiers", "25388", "QN02503I"},
        {"Association Parents d'élèves solidaires", "25031", "QN02505I"},
    };

    /** title, carrier index, axis, State, EPCI, commune, CAF, target status. */
    private static final Object[][] APPLICATIONS = {
        {"Ateliers parents-enfants", 0, "Axe 1 — Éducation et parentalité", 12000, 4000, 0, 3000, FundingStatus.JUSTIFIE},
        {"Accompagnement à la scolarité", 1, "Axe 1 — Éducation et parentalité", 18000, 6000, 2000, 0, FundingStatus.VERSE},
        {"Chantier éducatif d'été", 3, "Axe 2 — Emploi et insertion", 30000, 10000, 0, 0, FundingStatus.VERSE_PARTIELLEMENT},
        {"Permanences d'accès aux droits", 2, "Axe 3 — Cohésion sociale", 9000, 0, 3000, 2000, FundingStatus.NOTIFIE},
        {"Football au féminin", 4, "Axe 3 — Cohésion sociale", 6000, 2000, 1500, 0, FundingStatus.NOTIFIE},
        {"Théâtre forum jeunesse", 6, "Axe 3 — Cohésion sociale", 8000, 3000, 0, 0, FundingStatus.VALIDE},
        {"Café des parents", 7, "Axe 1 — Éducation et parentalité", 4000, 0, 1000, 2500, FundingStatus.VALIDE},
        {"Jardins partagés des Buis", 5, "Axe 4 — Cadre de vie", 7000, 3000, 2000, 0, FundingStatus.VALIDE},
        {"Coup de pouce numérique", 0, "Axe 2 — Emploi et insertion", 10000, 5000, 0, 0, FundingStatus.INSTRUIT},
        {"Médiation de nuit", 3, "Axe 3 — Cohésion sociale", 20000, 15000, 5000, 0, FundingStatus.INSTRUIT},
        {"Vacances apprenantes", 1, "Axe 1 — Éducation et parentalité", 15000, 0, 0, 5000, FundingStatus.INSTRUIT},
        {"Atelier d'écriture", 6, "Axe 3 — Cohésion sociale", 3000, 0, 1000, 0, FundingStatus.REFUSE},
        {"Découverte des métiers", 2, "Axe 2 — Emploi et insertion", 8000, 4000, 0, 0, FundingStatus.RECEVABLE},
        {"Sport santé seniors", 4, "Axe 3 — Cohésion sociale", 5000, 0, 2000, 0, FundingStatus.RECEVABLE},
        {"Fête de quartier", 5, "Axe 4 — Cadre de vie", 2000, 0, 3000, 0, FundingStatus.A_COMPLETER},
        {"Soutien à la fonction parentale", 7, "Axe 1 — Éducation et parentalité", 6000, 0, 0, 4000, FundingStatus.A_COMPLETER},
        {"Ciné-débat citoyen", 6, "Axe 3 — Cohésion sociale", 2500, 1000, 0, 0, FundingStatus.DEPOSE},
        {"Éco-gestes au quotidien", 5, "Axe 4 — Cadre de vie", 3500, 1500, 0, 0, FundingStatus.DEPOSE},
        {"Aide aux devoirs en ligne", 1, "Axe 1 — Éducation et parentalité", 5000, 0, 0, 0, FundingStatus.BROUILLON},
        {"Rallye de l'emploi", 3, "Axe 2 — Emploi et insertion", 6000, 2000, 0, 0, FundingStatus.BROUILLON},
    };

    private static final List<FundingStatus> PATH = List.of(FundingStatus.DEPOSE, FundingStatus.RECEVABLE,
            FundingStatus.INSTRUIT, FundingStatus.VALIDE, FundingStatus.NOTIFIE, FundingStatus.VERSE_PARTIELLEMENT,
            FundingStatus.VERSE, FundingStatus.JUSTIFIE);

    private final FundingManagement funding;
    private final ApplicationInstruction instruction;
    private final EnvelopeManagement envelopes;
    private final DirectoryManagement directory;
    private final Organisations organisations;

    FundingDemo(FundingManagement funding, ApplicationInstruction instruction, EnvelopeManagement envelopes,
            DirectoryManagement directory, Organisations organisations) {
        this.funding = funding;
        this.instruction = instruction;
        this.envelopes = envelopes;
        this.directory = directory;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load(Demo demo) {
        Workspace pma = demo.workspace("pma");
        UserAccount pilote = demo.user("pilote");
        Actor actor = new Actor(pilote.getId(), pilote.getDisplayName());
        List<Organisation> carriers = new ArrayList<>();
        List<Contact> contacts = new ArrayList<>();
        for (String[] c : CARRIERS) {
            Organisation carrier = organisation(c[0], c[1], c[2]);
            carriers.add(carrier);
            contacts.add(directory.createContact(pma.getId(), new ContactDetails("Camille", "Responsable "
                    + (carriers.size()), "Coordinatrice", "contact" + carriers.size() + "@asso.demo.maillage.fr", null,
                    LegalBasis.MISSION_INTERET_PUBLIC, null, null,
                    List.of(new Affiliation(carrier.getId(), "Coordinatrice")))));
        }
        envelopes.define(pma.getId(), Funder.ETAT_BOP147, 2027, new BigDecimal("250000"), "Crédits politique de la ville 2027",
                "Préfecture du Doubs", "21590003600009", null);
        envelopes.define(pma.getId(), Funder.CAF, 2027, new BigDecimal("40000"), null, "CAF du Doubs", null, null);
        CallForProjects call = funding.createCall(pma.getId(), new CallDetails(2027,
                "Appel à projets 2027 du contrat de ville", "<p>Priorités 2027 :</p><ul><li>la réussite éducative et "
                        + "la parentalité ;</li><li>l’insertion professionnelle des jeunes ;</li><li>la tranquillité "
                        + "et le cadre de vie.</li></ul>", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 11, 30),
                Set.of(Funder.ETAT_BOP147, Funder.EPCI, Funder.COMMUNE, Funder.CAF),
                List.of(new Criterion("Profil du porteur", 1, 5), new Criterion("Présence dans les QPV", 2, 5),
                        new Criterion("Faisabilité", 1, 5), new Criterion("Publics visés", 1, 5),
                        new Criterion("Adéquation aux priorités", 2, 5))));
        funding.publishCall(pma.getId(), call.getId());
        for (Object[] a : APPLICATIONS) {
            int carrier = (Integer) a[1];
            Application application = funding.createApplication(pma.getId(), new ApplicationDetails(call.getId(), 2027,
                    carriers.get(carrier).getId(), contacts.get(carrier).getId(), demo.user("contributeur").getId(), null,
                    (String) a[2], (String) a[0], "Action portée dans les quartiers prioritaires de l’agglomération.",
                    LocalDate.of(2027, 1, 15), LocalDate.of(2027, 12, 15), false, carrier % 2 == 0,
                    Set.of(CARRIERS[carrier][2]), budget((Integer) a[3], (Integer) a[4], (Integer) a[5], (Integer) a[6])),
                    actor);
            advance(pma.getId(), application, (FundingStatus) a[7], actor);
        }
        Application old = funding.createApplication(pma.getId(), new ApplicationDetails(null, 2025,
                carriers.get(2).getId(), contacts.get(2).getId(), null, null, "Axe 3 — Cohésion sociale",
                "Permanences d'accès aux droits 2025", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31),
                false, false, Set.of(CARRIERS[2][2]), budget(8000, 0, 0, 0)), actor);
        advance(pma.getId(), old, FundingStatus.VERSE, actor);

        Workspace valenciennes = demo.workspace("valenciennes");
        Envelope state = envelopes.define(valenciennes.getId(), Funder.ETAT_BOP147, 2027, new BigDecimal("350000"),
                "Crédits cité éducative 2027", "Préfecture du Nord", null, null);
        envelopes.allocate(valenciennes.getId(), state.getId(), AllocationKind.COMMUNE, "Valenciennes", "59606", null,
                new BigDecimal("150000"), new BigDecimal("150000"));
        envelopes.allocate(valenciennes.getId(), state.getId(), AllocationKind.COMMUNE, "Anzin", "59014", null,
                new BigDecimal("120000"), new BigDecimal("120000"));
        envelopes.allocate(valenciennes.getId(), state.getId(), AllocationKind.COLLEGE,
                "Collège Jules Ferry (chef de file)", "59014", null, new BigDecimal("60000"), null);
    }

    private void advance(Long workspaceId, Application application, FundingStatus target, Actor actor) {
        if (target == FundingStatus.BROUILLON) {
            return;
        }
        if (target == FundingStatus.A_COMPLETER) {
            instruction.move(workspaceId, application.getId(), null, FundingStatus.DEPOSE, "", actor);
            instruction.requestPieces(workspaceId, application.getId(), "Budget de l’association\nRIB", actor);
            return;
        }
        boolean refused = target == FundingStatus.REFUSE;
        for (FundingStatus step : PATH) {
            if (step == FundingStatus.INSTRUIT) {
                if (application.getCallId() != null) {
                    instruction.score(workspaceId, application.getId(), Map.of(0, 4, 1, 5, 2, 3, 3, 4, 4, 4), actor);
                }
                for (FundingLine line : funding.lines(application.getId())) {
                    instruction.giveOpinion(workspaceId, application.getId(), line.getId(),
                            refused ? Opinion.DEFAVORABLE : Opinion.FAVORABLE, line.getRequested(), "", actor);
                }
            } else if (step == FundingStatus.VALIDE) {
                instruction.validateProgramme(workspaceId, List.of(application.getId()), "COPIL du 12 mars", actor);
            } else if (step == FundingStatus.NOTIFIE) {
                for (FundingLine line : funding.lines(application.getId())) {
                    boolean big = line.getGranted().compareTo(ApplicationInstruction.CONVENTION_THRESHOLD) > 0;
                    instruction.recordDecision(workspaceId, application.getId(), line.getId(),
                            big ? DecisionKind.CONVENTION : DecisionKind.ARRETE,
                            (big ? "CONV-" : "ARR-") + application.getReference() + "-" + line.getFunder().ordinal(),
                            LocalDate.of(application.getYear(), 4, 2), null, null, null, null, actor);
                }
            } else if (step == FundingStatus.VERSE_PARTIELLEMENT) {
                for (FundingLine line : funding.lines(application.getId())) {
                    instruction.recordPayment(workspaceId, application.getId(), line.getId(), PaymentKind.AVANCE,
                            LocalDate.of(application.getYear(), 5, 10),
                            line.getGranted().divide(BigDecimal.valueOf(2)), actor);
                }
            } else if (step == FundingStatus.VERSE) {
                for (FundingLine line : funding.lines(application.getId())) {
                    instruction.recordPayment(workspaceId, application.getId(), line.getId(), PaymentKind.SOLDE,
                            LocalDate.of(application.getYear(), 11, 20), line.remainingToPay(), actor);
                }
            } else if (step == FundingStatus.JUSTIFIE) {
                instruction.reports(application.getId()).forEach(r -> instruction.receiveReport(workspaceId,
                        application.getId(), r.getId(), LocalDate.of(application.getYear() + 1, 3, 1), actor));
            } else {
                instruction.move(workspaceId, application.getId(), null, step, "", actor);
            }
            if (step == target || refused && step == FundingStatus.VALIDE) {
                return;
            }
        }
    }

    private Organisation organisation(String name, String commune, String qpv) {
        return organisations.findByNameIgnoreCase(name).stream().findFirst()
                .orElseGet(() -> directory.createOrganisation(new OrganisationDetails(name, null,
                        OrganisationKind.ASSOCIATION, null, null, null, null, null, commune, Set.of(qpv), Set.of(),
                        null, null, null)));
    }

    private static List<BudgetLine> budget(int state, int epci, int commune, int caf) {
        List<BudgetLine> lines = new ArrayList<>();
        int subsidies = 0;
        for (Object[] s : new Object[][] {{Funder.ETAT_BOP147, state}, {Funder.EPCI, epci}, {Funder.COMMUNE, commune},
            {Funder.CAF, caf}}) {
            if ((Integer) s[1] > 0) {
                lines.add(new BudgetLine(BudgetAccount.R74, (Funder) s[0], null, BigDecimal.valueOf((Integer) s[1])));
                subsidies += (Integer) s[1];
            }
        }
        int own = 1500;
        lines.add(new BudgetLine(BudgetAccount.R70, null, null, BigDecimal.valueOf(own)));
        lines.add(new BudgetLine(BudgetAccount.R87, null, null, BigDecimal.valueOf(800)));
        int total = subsidies + own;
        lines.add(new BudgetLine(BudgetAccount.C60, null, null, BigDecimal.valueOf(total / 5)));
        lines.add(new BudgetLine(BudgetAccount.C64, null, null, BigDecimal.valueOf(total - total / 5 - total / 10)));
        lines.add(new BudgetLine(BudgetAccount.INDIRECT, null, null, BigDecimal.valueOf(total / 10)));
        lines.add(new BudgetLine(BudgetAccount.C86, null, null, BigDecimal.valueOf(800)));
        return lines;
    }
}
