package fr.maillage.demo;

import fr.maillage.directory.Affiliation;
import fr.maillage.directory.Contact;
import fr.maillage.directory.ContactDetails;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.LegalBasis;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.governance.AgendaItem;
import fr.maillage.governance.Attendance;
import fr.maillage.governance.AttendanceStatus;
import fr.maillage.governance.Body;
import fr.maillage.governance.BodyDetails;
import fr.maillage.governance.BodyKind;
import fr.maillage.governance.DecisionDetails;
import fr.maillage.governance.DecisionRecord;
import fr.maillage.governance.DecisionStatus;
import fr.maillage.governance.FollowUp;
import fr.maillage.governance.FollowUpStatus;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.HoldMeeting;
import fr.maillage.governance.Meeting;
import fr.maillage.governance.MeetingDetails;
import fr.maillage.governance.MemberDetails;
import fr.maillage.governance.MemberFunction;
import fr.maillage.governance.PublishMinutes;
import fr.maillage.governance.QuorumRule;
import fr.maillage.workspace.Workspace;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Governance of the demonstration: the COPIL and COTECH of the Pays de Montbéliard contract and
 * the troïka of the Valenciennes – Anzin cité éducative, with past meetings, published minutes,
 * numbered decisions and follow-ups owned by the demo users, and a meeting to come.
 */
@Component
class GovernanceDemo implements DemoContribution {

    private final GovernanceManagement governance;
    private final HoldMeeting hold;
    private final PublishMinutes publish;
    private final DirectoryManagement directory;

    GovernanceDemo(GovernanceManagement governance, HoldMeeting hold, PublishMinutes publish,
            DirectoryManagement directory) {
        this.governance = governance;
        this.hold = hold;
        this.publish = publish;
        this.directory = directory;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load(Demo demo) {
        pma(demo);
        valenciennes(demo);
    }

    private void pma(Demo demo) {
        Workspace ws = demo.workspace("pma");
        Long id = ws.getId();
        Organisation prefecture = organisation("Préfecture du Doubs", OrganisationKind.SERVICE_ETAT, "pref-politique-ville@doubs.gouv.example");
        Organisation agglo = organisation("Pays de Montbéliard Agglomération", OrganisationKind.EPCI, "politique.ville@agglo-montbeliard.example");
        Organisation ville = organisation("Ville de Montbéliard", OrganisationKind.COMMUNE, "cabinet@montbeliard.example");
        Organisation caf = organisation("Caisse d’allocations familiales du Doubs", OrganisationKind.CAF, "partenariats@caf25.example");
        Organisation departement = organisation("Département du Doubs", OrganisationKind.AUTRE, "insertion@doubs.example");
        Organisation bailleur = organisation("Néolia", OrganisationKind.BAILLEUR_SOCIAL, "proximite@neolia.example");
        Organisation conseil = organisation("Conseil citoyen de la Petite-Hollande", OrganisationKind.ASSOCIATION, "conseil.citoyen.ph@example.org");
        Contact delegue = directory.createContact(id, new ContactDetails("Hélène", "Marchal", "Déléguée du préfet",
                "helene.marchal@doubs.gouv.example", null, LegalBasis.MISSION_INTERET_PUBLIC, null, null,
                List.of(new Affiliation(prefecture.getId(), "Déléguée du préfet"))));

        Body copil = governance.createBody(id, new BodyDetails(BodyKind.COPIL, "Comité de pilotage du contrat de ville",
                "COPIL", "Fixe les orientations annuelles, valide la programmation et ses cofinancements.",
                QuorumRule.SHARE, 50));
        member(id, copil, prefecture, MemberFunction.CO_PRESIDENT, "État", true);
        member(id, copil, agglo, MemberFunction.CO_PRESIDENT, "Collectivités", true);
        member(id, copil, ville, MemberFunction.MEMBRE, "Collectivités", true);
        member(id, copil, caf, MemberFunction.MEMBRE, "Financeurs", true);
        member(id, copil, departement, MemberFunction.MEMBRE, "Financeurs", true);
        member(id, copil, bailleur, MemberFunction.MEMBRE, "Bailleurs", true);
        member(id, copil, conseil, MemberFunction.MEMBRE, "Conseils citoyens", true);

        Body cotech = governance.createBody(id, new BodyDetails(BodyKind.COTECH, "Comité technique du contrat de ville",
                "COTECH", "Instruit les dossiers de l’appel à projets avec tous les financeurs.", QuorumRule.NONE, 0));
        governance.addMember(id, cotech.getId(), new MemberDetails(prefecture.getId(), delegue.getId(), null,
                MemberFunction.PRESIDENT, null, null, null, true));
        member(id, cotech, agglo, MemberFunction.MEMBRE, null, true);
        member(id, cotech, caf, MemberFunction.MEMBRE, null, true);
        member(id, cotech, departement, MemberFunction.MEMBRE, null, true);

        Meeting autumn = held(id, copil, "COPIL d’orientations 2027", LocalDateTime.of(2026, 10, 8, 9, 30),
                "Hôtel d’agglomération, Montbéliard",
                List.of("Bilan de la programmation 2026", "Orientations 2027 et priorités de l’appel à projets",
                        "Point GUSP et abattement de TFPB"),
                List.of("<p>Bilan présenté par la cheffe de projet : <strong>68 actions</strong> financées, dont 41 en "
                                + "direction de la jeunesse.</p>",
                        "<p>Les partenaires retiennent trois priorités : <em>réussite éducative</em>, emploi des "
                                + "jeunes, tranquillité résidentielle.</p>",
                        "<p>Le bailleur présente le programme d’actions TFPB ; un diagnostic en marchant est prévu.</p>"));
        hold.recordDecision(id, autumn.getId(), new DecisionDetails(null, "Adoption des orientations 2027",
                "Les trois priorités sont inscrites à l’appel à projets 2027.", DecisionStatus.ADOPTEE, false, List.of()));
        DecisionRecord tfpb = hold.recordDecision(id, autumn.getId(), new DecisionDetails(null,
                "Diagnostic en marchant à la Petite-Hollande", null, DecisionStatus.ADOPTEE, false, List.of()));
        followUp(id, autumn, tfpb, "Organiser le diagnostic en marchant avec le bailleur", demo.user("contributeur").getId(),
                LocalDate.of(2026, 11, 15), FollowUpStatus.EN_COURS);
        followUp(id, autumn, null, "Publier l’appel à projets 2027", demo.user("pilote").getId(),
                LocalDate.of(2026, 10, 30), FollowUpStatus.FAITE);
        followUp(id, autumn, null, "Transmettre le bilan financier 2026 aux financeurs", demo.user("pilote").getId(),
                LocalDate.of(2026, 11, 10), FollowUpStatus.A_FAIRE);
        publish.publish(id, autumn.getId(), "Paul Pilote", null);

        Meeting cotechMeeting = held(id, cotech, "COTECH d’instruction de l’appel à projets",
                LocalDateTime.of(2026, 11, 5, 14, 0), "Préfecture, Montbéliard",
                List.of("Avis techniques sur les dossiers déposés"),
                List.of("<p>52 dossiers examinés ; 6 dossiers à compléter.</p>"));
        followUp(id, cotechMeeting, null, "Relancer les porteurs des 6 dossiers à compléter",
                demo.user("contributeur").getId(), LocalDate.of(2026, 12, 5), FollowUpStatus.A_FAIRE);
        publish.publish(id, cotechMeeting.getId(), "Paul Pilote", null);

        Meeting spring = governance.planMeeting(id, copil.getId(), new MeetingDetails("COPIL de programmation 2027",
                LocalDateTime.of(2027, 3, 18, 9, 30), LocalDateTime.of(2027, 3, 18, 12, 0),
                "Hôtel d’agglomération, Montbéliard", null));
        governance.addItem(id, spring.getId(), "Validation de la programmation 2027 et de ses cofinancements",
                "Paul Pilote", 60);
        governance.addItem(id, spring.getId(), "Revue de projet annuelle", null, 30);
    }

    private void valenciennes(Demo demo) {
        Workspace ws = demo.workspace("valenciennes");
        Long id = ws.getId();
        Organisation prefecture = organisation("Préfecture du Nord — sous-préfecture de Valenciennes", OrganisationKind.SERVICE_ETAT, "sp-valenciennes@nord.gouv.example");
        Organisation dasen = organisation("Direction des services départementaux de l’Éducation nationale du Nord", OrganisationKind.SERVICE_ETAT, "dasen59@ac-lille.example");
        Organisation valenciennes = organisation("Ville de Valenciennes", OrganisationKind.COMMUNE, "education@valenciennes.example");
        Organisation anzin = organisation("Ville d’Anzin", OrganisationKind.COMMUNE, "education@anzin.example");
        Body troika = governance.createBody(id, new BodyDetails(BodyKind.TROIKA, "Troïka de la cité éducative",
                "TROIKA", "Pilotage stratégique : préfet, DASEN, maires de Valenciennes et d’Anzin.", QuorumRule.COUNT, 3));
        member(id, troika, prefecture, MemberFunction.CO_PRESIDENT, null, true);
        member(id, troika, dasen, MemberFunction.CO_PRESIDENT, null, true);
        member(id, troika, valenciennes, MemberFunction.CO_PRESIDENT, null, true);
        member(id, troika, anzin, MemberFunction.CO_PRESIDENT, null, true);
        Meeting meeting = held(id, troika, "Troïka de rentrée", LocalDateTime.of(2026, 9, 22, 17, 0),
                "Collège Jules Ferry, Anzin",
                List.of("Répartition de l’enveloppe 2026-2027", "Revue de projet et évaluation"),
                List.of("<p>L’enveloppe de l’État est répartie entre les deux communes et le collège chef de file.</p>",
                        "<p>La revue de projet sera présentée en juin ; trois indicateurs sont retenus.</p>"));
        DecisionRecord split = hold.recordDecision(id, meeting.getId(), new DecisionDetails(null,
                "Répartition de l’enveloppe de la cité éducative", "Valenciennes 45 %, Anzin 35 %, collège chef de file 20 %.",
                DecisionStatus.ADOPTEE, false, List.of()));
        followUp(id, meeting, split, "Notifier la répartition aux deux communes", demo.user("cite").getId(),
                LocalDate.of(2026, 10, 15), FollowUpStatus.A_FAIRE);
        followUp(id, meeting, null, "Préparer les indicateurs de la revue de projet", demo.user("cite").getId(),
                LocalDate.of(2027, 5, 31), FollowUpStatus.EN_COURS);
        publish.publish(id, meeting.getId(), "Samia Chef-de-projet", null);
    }

    private Organisation organisation(String name, OrganisationKind kind, String email) {
        return directory.createOrganisation(new OrganisationDetails(name, null, kind, null, null, null, null, null,
                null, Set.of(), Set.of(), null, null, email));
    }

    private void member(Long workspaceId, Body body, Organisation organisation, MemberFunction function,
            String college, boolean voting) {
        governance.addMember(workspaceId, body.getId(), new MemberDetails(organisation.getId(), null, null, function,
                college, LocalDate.of(2024, 1, 1), null, voting));
    }

    /** A past meeting: agenda with minutes, everyone present except the last member. */
    private Meeting held(Long workspaceId, Body body, String title, LocalDateTime start, String place,
            List<String> items, List<String> minutes) {
        Meeting meeting = governance.planMeeting(workspaceId, body.getId(),
                new MeetingDetails(title, start, start.plusHours(2), place, null));
        for (int i = 0; i < items.size(); i++) {
            AgendaItem item = governance.addItem(workspaceId, meeting.getId(), items.get(i), null, 30);
            hold.writeMinutes(workspaceId, item.getId(), minutes.get(i));
        }
        List<Attendance> lines = hold.attendance(workspaceId, meeting.getId());
        for (int i = 0; i < lines.size(); i++) {
            hold.mark(workspaceId, meeting.getId(), lines.get(i).getId(),
                    i == lines.size() - 1 ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT, null);
        }
        hold.close(workspaceId, meeting.getId());
        return meeting;
    }

    private void followUp(Long workspaceId, Meeting meeting, DecisionRecord decision, String title, Long owner,
            LocalDate due, FollowUpStatus status) {
        FollowUp f = hold.recordFollowUp(workspaceId, meeting.getId(), decision == null ? null : decision.getId(),
                title, null, owner, due);
        if (status != FollowUpStatus.A_FAIRE) {
            hold.updateFollowUp(workspaceId, f.getId(), f.getVersion(), status, null);
        }
    }
}
