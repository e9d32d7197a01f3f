package fr.maillage.demo;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationDetails;
import fr.maillage.directory.OrganisationKind;
import fr.maillage.directory.Organisations;
import fr.maillage.programme.ActionDraft;
import fr.maillage.programme.ActionPartner;
import fr.maillage.programme.ActionStatus;
import fr.maillage.programme.AgeBand;
import fr.maillage.programme.Axis;
import fr.maillage.programme.Objective;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.programme.StrategyManagement;
import fr.maillage.programme.TargetGender;
import fr.maillage.workspace.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The programme of the demonstration: the strategy of the PMA contrat de ville (three pillars of
 * Engagements Quartiers 2030) and of the Valenciennes – Anzin cité éducative (the three national
 * objectives), and about ten fiches actions on each, carried by fictitious organisations of the
 * directory created here when they do not exist yet.
 */
@Component
class ProgrammeDemo implements DemoContribution {

    private final StrategyManagement strategy;
    private final ProgrammeManagement programme;
    private final DirectoryManagement directory;
    private final Organisations organisations;

    ProgrammeDemo(StrategyManagement strategy, ProgrammeManagement programme, DirectoryManagement directory,
            Organisations organisations) {
        this.strategy = strategy;
        this.programme = programme;
        this.directory = directory;
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public void load(Demo demo) {
        pma(demo.workspace("pma"), demo.user("contributeur").getId(), demo.user("pilote").getId());
        valenciennes(demo.workspace("valenciennes"), demo.user("cite").getId());
    }

    private void pma(Workspace pma, Long contributeur, Long pilote) {
        Long w = pma.getId();
        Axis cohesion = strategy.addAxis(w, "Cohésion sociale", "Éducation, santé, parentalité, accès aux droits.");
        Axis emploi = strategy.addAxis(w, "Emploi et développement économique",
                "Insertion professionnelle des habitants et activité dans les quartiers.");
        Axis cadre = strategy.addAxis(w, "Cadre de vie et renouvellement urbain",
                "Gestion urbaine de proximité, tranquillité, mobilité.");
        Objective reussite = objective(w, cohesion, null, "Favoriser la réussite éducative");
        Objective parents = objective(w, cohesion, reussite, "Soutenir les parents dans leur rôle éducatif");
        Objective decrochage = objective(w, cohesion, reussite, "Prévenir le décrochage scolaire");
        Objective sante = objective(w, cohesion, null, "Améliorer l'accès à la santé et aux droits");
        Objective droits = objective(w, cohesion, sante, "Rapprocher les services publics des habitants");
        Objective insertion = objective(w, emploi, null, "Lever les freins à l'emploi");
        Objective jeunes = objective(w, emploi, insertion, "Accompagner les jeunes vers l'emploi");
        Objective numerique = objective(w, emploi, insertion, "Réduire la fracture numérique");
        Objective tranquillite = objective(w, cadre, null, "Améliorer la tranquillité publique");
        Objective proximite = objective(w, cadre, tranquillite, "Développer la médiation sociale");

        Long centre = organisation("Centre social Petite Hollande", OrganisationKind.ASSOCIATION, "25388", null);
        Long ville = organisation("Ville de Montbéliard", OrganisationKind.COMMUNE, "25388", null);
        Long ccas = organisation("CCAS d'Audincourt", OrganisationKind.CCAS, "25031", null);
        Long mediation = organisation("Association Passerelles Médiation", OrganisationKind.ASSOCIATION, "25031", null);
        Long avenir = organisation("Association Jeunes et Avenir", OrganisationKind.ASSOCIATION, "25057", null);
        Long numeriqueAsso = organisation("Association Numérique pour tous", OrganisationKind.ASSOCIATION, "25580",
                null);
        Long theatre = organisation("Compagnie Le Fil bleu", OrganisationKind.ASSOCIATION, "25388", null);

        action(w, "Cafés des parents", centre, List.of(new ActionPartner(ville, "Mise à disposition de salles")),
                Set.of(parents.getId()), "<p>Rencontres mensuelles entre parents, animées par une conseillère "
                        + "conjugale et familiale, sur les questions d'éducation et de scolarité.</p>",
                Set.of(AgeBand.FAMILLES, AgeBand.ADULTES), 60, Set.of("QN02501M", "QN02502M"), 2026,
                ActionStatus.REALISEE, "8400.00", contributeur);
        action(w, "Accompagnement à la scolarité en soirée", centre, List.of(), Set.of(decrochage.getId()),
                "<p>Aide aux devoirs quatre soirs par semaine avec des bénévoles et un animateur.</p>",
                Set.of(AgeBand.AGE_6_10, AgeBand.AGE_11_15), 45, Set.of("QN02501M"), 2027, ActionStatus.EN_COURS,
                "21500.00", contributeur);
        action(w, "Permanences d'accès aux droits", ccas, List.of(new ActionPartner(centre, "Accueil du public")),
                Set.of(droits.getId()), "<p>Permanences hebdomadaires d'un écrivain public et d'un juriste.</p>",
                Set.of(AgeBand.ADULTES, AgeBand.SENIORS), 300, Set.of("QN02504M", "QN02505I"), 2027,
                ActionStatus.EN_COURS, "15000.00", pilote);
        action(w, "Chantiers éducatifs d'été", avenir, List.of(new ActionPartner(ville, "Encadrement technique")),
                Set.of(jeunes.getId()), "<p>Chantiers rémunérés de deux semaines pour des jeunes de 16 à 25 ans, "
                        + "avec un accompagnement vers l'emploi.</p>",
                Set.of(AgeBand.AGE_16_18, AgeBand.AGE_18_25), 24, Set.of("QN02506M"), 2027, ActionStatus.EN_PROJET,
                "32000.00", contributeur);
        action(w, "Ateliers numériques pour les démarches en ligne", numeriqueAsso, List.of(),
                Set.of(numerique.getId(), droits.getId()), "<p>Ateliers collectifs et rendez-vous individuels "
                        + "pour les démarches administratives en ligne.</p>",
                Set.of(AgeBand.ADULTES, AgeBand.SENIORS), 120, Set.of("QN02508M"), 2027, ActionStatus.EN_PROJET,
                "12800.00", null);
        action(w, "Médiation sociale de soirée", mediation, List.of(new ActionPartner(ville, "Cofinancement")),
                Set.of(proximite.getId()), "<p>Deux médiateurs présents de 17 h à 23 h dans les quartiers.</p>",
                Set.of(AgeBand.AGE_16_18, AgeBand.AGE_18_25, AgeBand.ADULTES), null, Set.of("QN02503I", "QN02504M"),
                2027, ActionStatus.EN_COURS, "68000.00", pilote);
        action(w, "Théâtre forum sur le harcèlement", theatre, List.of(new ActionPartner(centre, "Mobilisation des familles")),
                Set.of(decrochage.getId()), "<p>Représentations et ateliers dans les collèges du quartier.</p>",
                Set.of(AgeBand.AGE_11_15), 250, Set.of("QN02502M"), 2026, ActionStatus.REALISEE, "9500.00", null);
        action(w, "Bus de la santé", ccas, List.of(), Set.of(droits.getId()),
                "<p>Dépistages et prévention au pied des immeubles, un jour par mois.</p>",
                Set.of(AgeBand.ADULTES, AgeBand.SENIORS, AgeBand.FAMILLES), 400, Set.of("QN02507I"), 2027,
                ActionStatus.EN_PROJET, "18000.00", null);
        action(w, "Job dating des quartiers", avenir, List.of(new ActionPartner(ccas, "Orientation des publics")),
                Set.of(jeunes.getId()), "<p>Rencontres entre employeurs et demandeurs d'emploi des quartiers.</p>",
                Set.of(AgeBand.AGE_18_25, AgeBand.ADULTES), 150, Set.of("QN02501M", "QN02504M"), 2026,
                ActionStatus.ABANDONNEE, "5000.00", null);
        action(w, "Fête des voisins solidaires", centre, List.of(), Set.of(tranquillite.getId()),
                "<p>Une fête par quartier, préparée avec les habitants et les bailleurs.</p>",
                Set.of(AgeBand.FAMILLES), 500, Set.of("QN02501M", "QN02502M", "QN02503I"), 2027,
                ActionStatus.EN_PROJET, "6000.00", contributeur);
    }

    private void valenciennes(Workspace cite, Long pilote) {
        Long w = cite.getId();
        List<Axis> national = strategy.prefillNationalObjectives(w);
        Objective lecture = objective(w, national.get(0), null, "Renforcer la maîtrise de la langue");
        Objective climat = objective(w, national.get(0), null, "Améliorer le climat scolaire");
        Objective petite = objective(w, national.get(1), null, "Agir dès la petite enfance");
        Objective vacances = objective(w, national.get(1), null, "Proposer des temps éducatifs pendant les vacances");
        Objective orientation = objective(w, national.get(2), null, "Élargir les choix d'orientation");
        Objective culture = objective(w, national.get(2), null, "Ouvrir à la culture et au sport");

        Long ferry = organisation("Collège Jules Ferry", OrganisationKind.ETABLISSEMENT_SCOLAIRE, "59014", "0590001A");
        Long chasse = organisation("Collège Chasse Royale", OrganisationKind.ETABLISSEMENT_SCOLAIRE, "59606",
                "0590002B");
        Long valenciennes = organisation("Ville de Valenciennes", OrganisationKind.COMMUNE, "59606", null);
        Long anzin = organisation("Ville d'Anzin", OrganisationKind.COMMUNE, "59014", null);
        Long lire = organisation("Association Lire et faire lire en Hainaut", OrganisationKind.ASSOCIATION, "59606",
                null);
        Long sport = organisation("Union sportive des quartiers", OrganisationKind.ASSOCIATION, "59014", null);

        action(w, "Coup de pouce lecture au CP", lire, List.of(new ActionPartner(valenciennes, "Locaux des écoles")),
                Set.of(lecture.getId()), "<p>Clubs de lecture quotidiens pour les élèves de CP repérés par les "
                        + "enseignants.</p>", Set.of(AgeBand.AGE_6_10), 80, Set.of("QN05901M"), 2027,
                ActionStatus.EN_COURS, "24000.00", pilote);
        action(w, "Devoirs faits renforcés", chasse, List.of(), Set.of(lecture.getId()),
                "<p>Études encadrées en fin de journée avec des assistants d'éducation.</p>",
                Set.of(AgeBand.AGE_11_15), 150, Set.of("QN05901M", "QN05902M"), 2027, ActionStatus.EN_COURS,
                "18000.00", pilote);
        action(w, "Médiation par les pairs", ferry, List.of(), Set.of(climat.getId()),
                "<p>Formation d'élèves médiateurs et espace de médiation dans la cour.</p>",
                Set.of(AgeBand.AGE_11_15), 40, Set.of("QN05904M"), 2026, ActionStatus.REALISEE, "7500.00", pilote);
        action(w, "Lieu d'accueil enfants-parents", anzin, List.of(new ActionPartner(lire, "Lectures d'albums")),
                Set.of(petite.getId()), "<p>Accueil libre des enfants de moins de quatre ans et de leurs parents.</p>",
                Set.of(AgeBand.AGE_0_2, AgeBand.AGE_3_5, AgeBand.FAMILLES), 60, Set.of("QN05904M"), 2027,
                ActionStatus.EN_PROJET, "30000.00", null);
        action(w, "Vacances apprenantes", valenciennes, List.of(new ActionPartner(sport, "Activités sportives")),
                Set.of(vacances.getId()), "<p>Deux semaines de matinées éducatives et d'après-midi sportifs en "
                        + "juillet.</p>", Set.of(AgeBand.AGE_6_10, AgeBand.AGE_11_15), 120,
                Set.of("QN05901M", "QN05902M"), 2027, ActionStatus.EN_PROJET, "42000.00", null);
        action(w, "Stages de découverte des métiers", chasse, List.of(new ActionPartner(anzin, "Réseau d'entreprises")),
                Set.of(orientation.getId()), "<p>Stages de troisième dans des entreprises du territoire et "
                        + "visites de lycées professionnels.</p>", Set.of(AgeBand.AGE_11_15), 200, Set.of("QN05902M"),
                2027, ActionStatus.EN_COURS, "9000.00", null);
        action(w, "Orchestre au collège", ferry, List.of(), Set.of(culture.getId()),
                "<p>Une classe orchestre de la sixième à la troisième avec le conservatoire.</p>",
                Set.of(AgeBand.AGE_11_15), 28, Set.of("QN05904M"), 2027, ActionStatus.EN_COURS, "35000.00", pilote);
        action(w, "Sport et égalité filles-garçons", sport, List.of(), Set.of(culture.getId(), climat.getId()),
                "<p>Créneaux sportifs mixtes et réservés aux filles, encadrés par des éducatrices.</p>",
                Set.of(AgeBand.AGE_11_15, AgeBand.AGE_16_18), 90, Set.of("QN05901M"), 2027, ActionStatus.EN_PROJET,
                "11000.00", null);
        action(w, "Parcours cinéma", valenciennes, List.of(), Set.of(culture.getId()),
                "<p>Projections et ateliers d'analyse de films pour les collégiens.</p>", Set.of(AgeBand.AGE_11_15),
                300, Set.of("QN05902M"), 2026, ActionStatus.REALISEE, "6500.00", null);
        action(w, "Ateliers de langue pour les parents", lire, List.of(new ActionPartner(ferry, "Salle et enseignants")),
                Set.of(lecture.getId(), petite.getId()), "<p>Ateliers de français et de découverte de l'école "
                        + "pour les parents allophones.</p>", Set.of(AgeBand.ADULTES, AgeBand.FAMILLES), 35,
                Set.of("QN05904M"), 2027, ActionStatus.EN_PROJET, "8000.00", null);
    }

    private Objective objective(Long workspaceId, Axis axis, Objective parent, String title) {
        return strategy.addObjective(workspaceId, axis.getId(), parent == null ? null : parent.getId(), title, null);
    }

    private Long organisation(String name, OrganisationKind kind, String commune, String uai) {
        List<Organisation> found = organisations.findByNameIgnoreCase(name);
        if (!found.isEmpty()) {
            return found.get(0).getId();
        }
        return directory.createOrganisation(new OrganisationDetails(name, null, kind, null, null, uai, null, null,
                commune, Set.of(), Set.of(), null, null, null)).getId();
    }

    private void action(Long workspaceId, String title, Long carrier, List<ActionPartner> partners,
            Set<Long> objectives, String description, Set<AgeBand> ages, Integer expected, Set<String> qpv,
            int year, ActionStatus status, String budget, Long referent) {
        LocalDate start = LocalDate.of(year, 1, 15);
        LocalDate end = LocalDate.of(year, 12, 15);
        programme.createAction(workspaceId, new ActionDraft(title, carrier, partners, objectives, description, ages,
                expected, TargetGender.TOUS, null, null, qpv, start, end, status, year, false, null,
                new BigDecimal(budget), referent));
    }
}
