package fr.maillage.demo;

import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Audience;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventAttendance;
import fr.maillage.agenda.EventDetails;
import fr.maillage.agenda.EventKind;
import fr.maillage.agenda.EventRegistrations;
import fr.maillage.agenda.EventSession;
import fr.maillage.agenda.EventSurveys;
import fr.maillage.agenda.QuestionKind;
import fr.maillage.agenda.RegistrationDetails;
import fr.maillage.agenda.RegistrationOutcome;
import fr.maillage.agenda.TargetPublic;
import fr.maillage.workspace.Workspace;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The agenda of the demonstration: the Bourgogne-Franche-Comté resource centre runs a four-session
 * qualification cycle and a regional day (linked to the Montbéliard contract), with registrations
 * taken by telephone (no e-mail is sent), and held a workshop five weeks ago with its attendance and
 * survey questions.
 */
@Component
class AgendaDemo implements DemoContribution {

    private static final String[][] PEOPLE = {
        {"Nadia Benali", "Ville de Besançon", "Cheffe de projet contrat de ville", "PROFESSIONNELS"},
        {"Julien Morel", "Pays de Montbéliard Agglomération", "Chargé de mission cohésion sociale", "PROFESSIONNELS"},
        {"Sophie Garnier", "Grand Dijon Habitat", "Chargée de développement social", "BAILLEURS"},
        {"Karim Haddad", "Conseil citoyen des Grésilles", "Membre du conseil citoyen", "CONSEILS_CITOYENS"},
        {"Élodie Perrin", "Centre social de Planoise", "Directrice", "ASSOCIATIONS"},
        {"Thomas Lefèvre", "Préfecture du Doubs", "Délégué du préfet", "SERVICES_ETAT"},
        {"Amina Diallo", "Association Léo Lagrange Centre-Est", "Animatrice", "ASSOCIATIONS"},
        {"Pierre Vautrin", "Ville de Dole", "Adjoint au maire", "ELUS"},
        {"Claire Jacquot", "Collège Diderot", "Principale adjointe", "EDUCATION"},
        {"Mehdi Saïdi", "Ville de Chalon-sur-Saône", "Coordinateur PRE", "PROFESSIONNELS"},
        {"Laura Bouvier", "Habitat 25", "Responsable de proximité", "BAILLEURS"},
        {"Fatou Ndiaye", "Conseil citoyen de la Petite-Hollande", "Membre du conseil citoyen", "CONSEILS_CITOYENS"},
        {"Antoine Roussel", "Ville de Nevers", "Chef de projet politique de la ville", "PROFESSIONNELS"},
        {"Sarah Michaud", "Mission locale du Doubs", "Conseillère en insertion", "ASSOCIATIONS"},
        {"Hugo Barbier", "Ville d'Auxerre", "Chargé de mission GUSP", "PROFESSIONNELS"},
        {"Inès Belkacem", "Maison de quartier Montrapon", "Animatrice", "ASSOCIATIONS"},
        {"Vincent Faivre", "Département du Doubs", "Travailleur social", "PROFESSIONNELS"},
        {"Chantal Mougin", "Ville de Montbéliard", "Conseillère municipale", "ELUS"},
    };

    private final AgendaManagement agenda;
    private final EventRegistrations registrations;
    private final EventAttendance attendance;
    private final EventSurveys surveys;

    AgendaDemo(AgendaManagement agenda, EventRegistrations registrations, EventAttendance attendance,
            EventSurveys surveys) {
        this.agenda = agenda;
        this.registrations = registrations;
        this.attendance = attendance;
        this.surveys = surveys;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void load(Demo demo) {
        Workspace bfc = demo.workspace("bfc");
        cycle(bfc);
        regionalDay(bfc, demo.workspace("pma"));
        pastWorkshop(bfc);
    }

    private void cycle(Workspace bfc) {
        Event cycle = agenda.create(bfc.getId(), new EventDetails(EventKind.CYCLE_QUALIFICATION,
                "Cycle de qualification : associer les habitants au contrat de ville",
                "Quatre demi-journées pour outiller les équipes des contrats de ville et les conseils citoyens.",
                "<p>Chaque séance alterne apports, retours d'expériences de la région et ateliers pratiques.</p>"
                        + "<ul><li>Séance 1 : le cadre et les acteurs</li><li>Séance 2 : diagnostics en marchant</li>"
                        + "<li>Séance 3 : faire vivre un conseil citoyen</li><li>Séance 4 : évaluer avec les habitants</li></ul>",
                "Dijon, Maison des associations, 2 rue des Corroyeurs", null, Audience.PUBLIC, 30,
                LocalDateTime.of(LocalDate.now().plusDays(50), LocalTime.of(18, 0)),
                Set.of(TargetPublic.PROFESSIONNELS, TargetPublic.CONSEILS_CITOYENS, TargetPublic.ASSOCIATIONS),
                Set.of("participation"), Set.of(), true));
        String[] titles = {"Le cadre et les acteurs", "Diagnostics en marchant", "Faire vivre un conseil citoyen",
            "Évaluer avec les habitants"};
        LocalDate first = LocalDate.now().plusDays(53);
        LocalDate[] days = {first, first.plusWeeks(3), first.plusWeeks(7), first.plusWeeks(11)};
        for (int i = 0; i < titles.length; i++) {
            agenda.addSession(cycle.getId(), titles[i], LocalDateTime.of(days[i], LocalTime.of(9, 30)),
                    LocalDateTime.of(days[i], LocalTime.of(12, 30)), i == 1 ? "Besançon, quartier de Planoise" : null);
        }
        agenda.publish(cycle.getId());
        register(cycle, 0, 14);
    }

    private void regionalDay(Workspace bfc, Workspace pma) {
        Event day = agenda.create(bfc.getId(), new EventDetails(EventKind.JOURNEE_REGIONALE,
                "Journée régionale de la politique de la ville en Bourgogne-Franche-Comté",
                "Les acteurs des quartiers de Bourgogne-Franche-Comté se retrouvent autour des Engagements Quartiers 2030.",
                "<p>Matinée en plénière, après-midi en ateliers thématiques : emploi, éducation, tranquillité.</p>",
                "Besançon, Kursaal, place du Théâtre", "https://visio.example.org/journee-regionale", Audience.PUBLIC, 150,
                LocalDateTime.of(LocalDate.now().plusDays(15), LocalTime.of(12, 0)),
                Set.of(TargetPublic.PROFESSIONNELS, TargetPublic.ELUS, TargetPublic.ASSOCIATIONS,
                        TargetPublic.SERVICES_ETAT),
                Set.of("emploi", "education", "tranquillite"), Set.of(pma.getId()), true));
        LocalDate date = LocalDate.now().plusDays(18);
        agenda.addSession(day.getId(), "Journée régionale", LocalDateTime.of(date, LocalTime.of(9, 0)),
                LocalDateTime.of(date, LocalTime.of(17, 0)), null);
        agenda.publish(day.getId());
        register(day, 4, PEOPLE.length);
    }

    private void pastWorkshop(Workspace bfc) {
        Event workshop = agenda.create(bfc.getId(), new EventDetails(EventKind.ATELIER,
                "Atelier : écrire une fiche d'expérience", "Capitaliser une action réussie en une fiche partageable.",
                null, "Dijon, Centre de ressources", null, Audience.PUBLIC, 15, null,
                Set.of(TargetPublic.PROFESSIONNELS), Set.of("participation"), Set.of(), true));
        LocalDate past = LocalDate.now().minusDays(38);
        EventSession session = agenda.addSession(workshop.getId(), "Atelier", LocalDateTime.of(past, LocalTime.of(14, 0)),
                LocalDateTime.of(past, LocalTime.of(17, 0)), null);
        agenda.publish(workshop.getId());
        for (int i = 0; i < 8; i++) {
            RegistrationOutcome outcome = registrations.walkIn(workshop.getId(), details(i));
            if (i < 7) {
                attendance.mark(workshop.getId(), session.getId(), outcome.registrationId(), true);
            }
        }
        surveys.addQuestion(workshop.getId(), QuestionKind.SCALE, "Êtes-vous satisfait de l'atelier ?", null);
        surveys.addQuestion(workshop.getId(), QuestionKind.CHOICE, "La durée était…", "Trop courte\nAdaptée\nTrop longue");
        surveys.addQuestion(workshop.getId(), QuestionKind.TEXT, "Que retenez-vous de l'atelier ?", null);
    }

    private void register(Event event, int from, int to) {
        for (int i = from; i < to; i++) {
            registrations.recordWithoutEmail(event.getId(), details(i));
        }
    }

    private static RegistrationDetails details(int i) {
        String[] p = PEOPLE[i % PEOPLE.length];
        String email = java.text.Normalizer.normalize(p[0], java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@demo.maillage.fr";
        return new RegistrationDetails(p[0], p[1], email, p[2], TargetPublic.valueOf(p[3]),
                i == 3 ? "Accès en fauteuil roulant" : null);
    }
}
