package fr.maillage.evaluation;

import fr.maillage.workspace.WorkspaceType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ready-made indicators per workspace type, added in one click. Their code is the same in every
 * workspace, which is what lets a centre de ressources compare them across workspaces. A PRE's
 * indicators are aggregate figures only: never a named child.
 */
public final class IndicatorLibrary {

    /** One indicator of a library. */
    public record Entry(String code, String name, String definition, Unit unit, Direction direction,
            Periodicity periodicity, String source, Set<Disaggregation> disaggregations, BigDecimal min,
            BigDecimal max) {

        /** The details of a workspace-level indicator made from this entry. */
        public IndicatorDetails details() {
            return new IndicatorDetails(code, name, definition, unit, direction, IndicatorLevel.WORKSPACE, null, null,
                    periodicity, source, disaggregations, null, null, min, max, Map.of());
        }
    }

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final List<Entry> CITE_EDUCATIVE = List.of(
            new Entry("ce-enfants-touches", "Enfants et jeunes touchés par les actions",
                    "Nombre d'enfants et de jeunes de 0 à 25 ans ayant participé à au moins une action de la cité "
                            + "éducative dans l'année scolaire (sans doublon).",
                    Unit.NOMBRE, Direction.HIGHER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE, "Bilans des porteurs",
                    Set.of(Disaggregation.QPV, Disaggregation.SEXE, Disaggregation.AGE), ZERO, BigDecimal.valueOf(20000)),
            new Entry("ce-parents-impliques", "Parents impliqués",
                    "Nombre de parents ayant participé à au moins une action (ateliers, cafés des parents, "
                            + "instances).",
                    Unit.NOMBRE, Direction.HIGHER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE, "Bilans des porteurs",
                    Set.of(Disaggregation.QPV, Disaggregation.SEXE), ZERO, BigDecimal.valueOf(10000)),
            new Entry("ce-absenteisme", "Taux d'absentéisme scolaire",
                    "Part des élèves des collèges de la cité absents plus de quatre demi-journées par mois, sans motif.",
                    Unit.POURCENTAGE, Direction.LOWER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE,
                    "Éducation nationale (DSDEN)", Set.of(Disaggregation.SEXE), ZERO, HUNDRED),
            new Entry("ce-actions-coconstruites", "Part des actions co-construites avec les familles",
                    "Part des actions de l'année dont la conception a associé des parents.",
                    Unit.POURCENTAGE, Direction.HIGHER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE, "Fiches actions",
                    Set.of(), ZERO, HUNDRED),
            new Entry("ce-heures-accompagnement", "Heures d'accompagnement éducatif",
                    "Heures d'activités éducatives (aide aux devoirs, ateliers, sorties) proposées hors temps scolaire.",
                    Unit.HEURES, Direction.HIGHER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE, "Bilans des porteurs",
                    Set.of(Disaggregation.QPV), ZERO, BigDecimal.valueOf(100000)));

    private static final List<Entry> PRE = List.of(
            new Entry("pre-enfants-accompagnes", "Enfants accompagnés",
                    "Nombre d'enfants de 2 à 16 ans ayant bénéficié d'un parcours individualisé dans l'année "
                            + "(chiffre agrégé, jamais nominatif).",
                    Unit.NOMBRE, Direction.HIGHER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE, "Équipe pluridisciplinaire",
                    Set.of(Disaggregation.AGE, Disaggregation.SEXE, Disaggregation.QPV), ZERO, BigDecimal.valueOf(5000)),
            new Entry("pre-duree-moyenne", "Durée moyenne d'accompagnement",
                    "Durée moyenne, en jours, des parcours clos dans l'année.",
                    Unit.JOURS, Direction.HIGHER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE, "Équipe pluridisciplinaire",
                    Set.of(), ZERO, BigDecimal.valueOf(1500)),
            new Entry("pre-orientations-ecole", "Orientations par l'école",
                    "Nombre d'enfants orientés vers le PRE par l'Éducation nationale (motif d'orientation scolaire).",
                    Unit.NOMBRE, Direction.HIGHER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE, "Fiches d'orientation",
                    Set.of(Disaggregation.AGE), ZERO, BigDecimal.valueOf(5000)),
            new Entry("pre-orientations-sante", "Orientations pour motif de santé",
                    "Nombre d'enfants orientés pour un motif de santé (PMI, médecine scolaire, CMP).",
                    Unit.NOMBRE, Direction.HIGHER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE, "Fiches d'orientation",
                    Set.of(Disaggregation.AGE), ZERO, BigDecimal.valueOf(5000)),
            new Entry("pre-orientations-familiales", "Orientations pour motif familial ou social",
                    "Nombre d'enfants orientés pour un motif familial ou social (service social, CAF, associations).",
                    Unit.NOMBRE, Direction.HIGHER_IS_BETTER, Periodicity.ANNEE_SCOLAIRE, "Fiches d'orientation",
                    Set.of(Disaggregation.AGE), ZERO, BigDecimal.valueOf(5000)));

    private static final List<Entry> CONTRAT_DE_VILLE = List.of(
            new Entry("cv-actions-financees", "Actions financées",
                    "Nombre d'actions de la programmation annuelle ayant reçu au moins un financement.",
                    Unit.NOMBRE, Direction.HIGHER_IS_BETTER, Periodicity.ANNUELLE, "Programmation",
                    Set.of(Disaggregation.QPV), ZERO, BigDecimal.valueOf(2000)),
            new Entry("cv-habitants-touches", "Habitants des QPV touchés",
                    "Nombre d'habitants des quartiers prioritaires ayant participé aux actions.",
                    Unit.NOMBRE, Direction.HIGHER_IS_BETTER, Periodicity.ANNUELLE, "Bilans des porteurs",
                    Set.of(Disaggregation.QPV, Disaggregation.SEXE), ZERO, BigDecimal.valueOf(200000)),
            new Entry("cv-credits-specifiques", "Crédits spécifiques mobilisés",
                    "Montant des crédits de la politique de la ville (BOP 147) engagés dans l'année.",
                    Unit.EUROS, Direction.HIGHER_IS_BETTER, Periodicity.ANNUELLE, "Préfecture",
                    Set.of(), ZERO, BigDecimal.valueOf(50000000)),
            new Entry("cv-conseils-citoyens", "Participation des conseils citoyens aux instances",
                    "Part des séances du COPIL et du COTECH où un conseil citoyen était présent.",
                    Unit.POURCENTAGE, Direction.HIGHER_IS_BETTER, Periodicity.ANNUELLE, "Feuilles d'émargement",
                    Set.of(), ZERO, HUNDRED));

    private IndicatorLibrary() {
    }

    /** The library of a workspace type (a centre de ressources has none: it compares the others). */
    public static List<Entry> of(WorkspaceType type) {
        return switch (type) {
            case CITE_EDUCATIVE -> CITE_EDUCATIVE;
            case PRE -> PRE;
            case CONTRAT_DE_VILLE -> CONTRAT_DE_VILLE;
            case CENTRE_RESSOURCES -> List.of();
        };
    }

    /** Any library's entry by code. */
    public static Optional<Entry> find(String code) {
        return java.util.stream.Stream.of(CITE_EDUCATIVE, PRE, CONTRAT_DE_VILLE).flatMap(List::stream)
                .filter(e -> e.code().equals(code)).findFirst();
    }

    /** Every entry of every library, for the regional comparison. */
    public static List<Entry> all() {
        return java.util.stream.Stream.of(CITE_EDUCATIVE, PRE, CONTRAT_DE_VILLE).flatMap(List::stream).toList();
    }
}
