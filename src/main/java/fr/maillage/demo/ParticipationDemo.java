package fr.maillage.demo;

import fr.maillage.participation.AgeBand;
import fr.maillage.participation.College;
import fr.maillage.participation.Council;
import fr.maillage.participation.CouncilDetails;
import fr.maillage.participation.CouncilKind;
import fr.maillage.participation.CouncilMeeting;
import fr.maillage.participation.CouncilPublication;
import fr.maillage.participation.DrawCitizenCouncil;
import fr.maillage.participation.FairDraw;
import fr.maillage.participation.Gender;
import fr.maillage.participation.ListSource;
import fr.maillage.participation.MemberDetails;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.participation.VolunteerDetails;
import fr.maillage.participation.VolunteerPool;
import fr.maillage.workspace.Workspace;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Participation of the demonstration: the citizen council of the Petite Hollande and Batterie –
 * Chiffogne quartiers in Montbéliard, with a pool of 80 fictional residents (volunteers and a
 * landlord's list), a draw of 12 with gender parity whose drawn were appointed, a few local actors,
 * and a public page.
 */
@Component
class ParticipationDemo implements DemoContribution {

    static final String SEED = "2026-11-14 Conseil citoyen Petite Hollande – tirage public, Loto 7 13 22 38 45 chance 3";

    private static final List<String> WOMEN = List.of("Amina", "Chloé", "Fatou", "Sabrina", "Élodie", "Yasmine",
            "Nadia", "Léa", "Aïcha", "Camille", "Samia", "Inès", "Manon", "Khadija", "Julie", "Leïla", "Sophie",
            "Mariam", "Océane", "Nour");
    private static final List<String> MEN = List.of("Karim", "Thomas", "Mamadou", "Hugo", "Youssef", "Julien",
            "Bilal", "Nicolas", "Moussa", "Kevin", "Rachid", "Antoine", "Ibrahim", "Lucas", "Mehdi", "Pierre",
            "Samir", "Quentin", "Adama", "Florian");
    private static final List<String> NAMES = List.of("Benali", "Martin", "Diallo", "Bernard", "Haddad", "Petit",
            "Traoré", "Durand", "Mansouri", "Moreau", "Cissé", "Laurent", "Bouzid", "Girard", "Keita", "Roux",
            "Belkacem", "Fontaine", "Ndiaye", "Chevalier");

    private final ParticipationManagement participation;
    private final DrawCitizenCouncil draws;

    ParticipationDemo(ParticipationManagement participation, DrawCitizenCouncil draws) {
        this.participation = participation;
        this.draws = draws;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load(Demo demo) {
        Workspace pma = demo.workspace("pma");
        Long id = pma.getId();
        Council council = participation.createCouncil(id, new CouncilDetails(CouncilKind.CONSEIL_CITOYEN,
                "Conseil citoyen de la Petite Hollande",
                "Conseil citoyen des quartiers Petite Hollande et Batterie – Chiffogne, associé au pilotage du contrat "
                        + "de ville : il siège au COPIL, donne son avis sur la programmation et porte des projets d'habitants.",
                List.of("QN02501M", "QN02502M"), LocalDate.of(2026, 12, 1), LocalDate.of(2029, 11, 30), 12, 6, true,
                Map.of(AgeBand.AGE_16_25, 2, AgeBand.AGE_61_PLUS, 2), Map.of("QN02501M", 8, "QN02502M", 4)));
        VolunteerPool pool = participation.createPool(id, council.getId(), "Volontaires et liste de Néolia – 2026",
                LocalDate.of(2028, 12, 31));
        for (int i = 0; i < 80; i++) {
            boolean woman = i % 2 == 0;
            String first = (woman ? WOMEN : MEN).get((i / 2) % 20);
            String last = NAMES.get((i * 7) % 20);
            participation.addVolunteer(id, pool.getId(), new VolunteerDetails(first, last,
                    woman ? Gender.FEMME : Gender.HOMME, AgeBand.values()[(i / 3) % 4],
                    i % 3 == 2 ? "QN02502M" : "QN02501M", i % 5 == 4 ? ListSource.BAILLEUR : ListSource.VOLONTAIRES,
                    first.toLowerCase(java.util.Locale.ROOT) + "." + last.toLowerCase(java.util.Locale.ROOT) + i
                            + "@habitants.example", null, null));
        }
        var draw = draws.draw(id, pool.getId(),
                List.of(new FairDraw.Cell("F", "*", "*", 6), new FairDraw.Cell("H", "*", "*", 6)), 1, SEED,
                demo.user("pilote").getDisplayName());
        draws.appoint(id, draw.getId(), LocalDate.of(2026, 12, 1));
        participation.addMember(id, council.getId(), new MemberDetails(College.ACTEURS, "Martine", "Jacquot",
                Gender.FEMME, AgeBand.AGE_61_PLUS, null, "Amicale des locataires de la Petite Hollande", null, null),
                LocalDate.of(2026, 12, 1));
        participation.addMember(id, council.getId(), new MemberDetails(College.ACTEURS, "Ousmane", "Sy",
                Gender.HOMME, AgeBand.AGE_26_40, null, "Centre social Petite Hollande", null, null),
                LocalDate.of(2026, 12, 1));
        participation.addMember(id, council.getId(), new MemberDetails(College.ACTEURS, "Claire", "Vuillemin",
                Gender.FEMME, AgeBand.AGE_41_60, null, "Association des commerçants du Champ de Foire", null, null),
                LocalDate.of(2026, 12, 1));
        Council saved = participation.council(id, council.getId());
        participation.publish(id, council.getId(), saved.getVersion(), new CouncilPublication(true, false, true, true,
                "conseil.citoyen.ph@example.org", List.of(
                        new CouncilMeeting(LocalDate.of(2026, 12, 10), "Séance d'installation"),
                        new CouncilMeeting(LocalDate.of(2027, 2, 4), "Avis sur la programmation 2027"))));
    }
}
