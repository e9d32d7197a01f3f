package fr.maillage.demo;

import fr.maillage.evaluation.Breakdown;
import fr.maillage.evaluation.Direction;
import fr.maillage.evaluation.Disaggregation;
import fr.maillage.evaluation.EvaluationManagement;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.IndicatorDetails;
import fr.maillage.evaluation.IndicatorLevel;
import fr.maillage.evaluation.IndicatorLibrary;
import fr.maillage.evaluation.Periodicity;
import fr.maillage.evaluation.ProgrammeView;
import fr.maillage.evaluation.RegionalView;
import fr.maillage.evaluation.ReviewManagement;
import fr.maillage.evaluation.ReviewSection;
import fr.maillage.evaluation.Unit;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The evaluation of the demonstration: the cité éducative Valenciennes – Anzin with its library
 * indicators, baselines, targets and three school years of values by QPV and sex, indicators on the
 * programme's actions when there are some, and its 2026 review in draft; the contrat de ville of PMA
 * with its indicators, shared with the regional view of the centre de ressources.
 */
@Component
class EvaluationDemo implements DemoContribution {

    private final EvaluationManagement evaluation;
    private final ReviewManagement reviews;
    private final RegionalView regional;
    private final ProgrammeView programme;

    EvaluationDemo(EvaluationManagement evaluation, ReviewManagement reviews, RegionalView regional,
            ProgrammeView programme) {
        this.evaluation = evaluation;
        this.reviews = reviews;
        this.regional = regional;
        this.programme = programme;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public void load(Demo demo) {
        cite(demo.workspace("valenciennes"));
        contrat(demo.workspace("pma"));
    }

    private void cite(Workspace cite) {
        Long id = cite.getId();
        evaluation.addFromLibrary(id, IndicatorLibrary.of(cite.getType()).stream().map(IndicatorLibrary.Entry::code).toList());
        List<String> qpv = cite.perimeterCodes(TerritoryKind.QPV);
        for (Indicator i : evaluation.allIndicators(id)) {
            switch (i.getCode()) {
                case "ce-enfants-touches" -> {
                    define(id, i, new BigDecimal("368"), LocalDate.of(2023, 6, 30),
                            Map.of("2024-2025", new BigDecimal("400"), "2025-2026", new BigDecimal("450"),
                                    "2026-2027", new BigDecimal("480")));
                    series(id, i, qpv, new int[] {372, 395, 412});
                }
                case "ce-parents-impliques" -> {
                    define(id, i, new BigDecimal("85"), LocalDate.of(2023, 6, 30),
                            Map.of("2025-2026", new BigDecimal("140")));
                    series(id, i, qpv, new int[] {92, 118, 131});
                }
                case "ce-absenteisme" -> {
                    define(id, i, new BigDecimal("11.8"), LocalDate.of(2023, 6, 30),
                            Map.of("2025-2026", new BigDecimal("9")));
                    record(id, i, "2023-2024", new BigDecimal("11.2"), Map.of());
                    record(id, i, "2024-2025", new BigDecimal("10.4"), Map.of());
                    record(id, i, "2025-2026", new BigDecimal("9.6"), Map.of(Breakdown.of(Disaggregation.SEXE, "F"),
                            new BigDecimal("8.9"), Breakdown.of(Disaggregation.SEXE, "M"), new BigDecimal("10.3")));
                }
                case "ce-actions-coconstruites" -> {
                    define(id, i, new BigDecimal("12"), LocalDate.of(2023, 6, 30),
                            Map.of("2025-2026", new BigDecimal("30")));
                    record(id, i, "2024-2025", new BigDecimal("18"), Map.of());
                    record(id, i, "2025-2026", new BigDecimal("27"), Map.of());
                }
                default -> {
                }
            }
        }
        for (ProgrammeView.ActionRef action : programme.actions(id).stream().limit(4).toList()) {
            evaluation.createIndicator(id, new IndicatorDetails(null, "Participants à « " + action.title() + " »",
                    "Nombre de participants différents sur l'année scolaire.", Unit.NOMBRE,
                    Direction.HIGHER_IS_BETTER, IndicatorLevel.ACTION, null, action.id(), Periodicity.ANNEE_SCOLAIRE,
                    "Bilan du porteur", Set.of(Disaggregation.SEXE), null, null, BigDecimal.ZERO,
                    new BigDecimal("1000"), Map.of("2025-2026", new BigDecimal("60"))));
        }
        regional.share(id, true);
        reviews.open(id, 2026);
        reviews.write(id, 2026, 0, Map.of(ReviewSection.COMMUNICATION,
                "<p>Une lettre trimestrielle aux familles, traduite en arabe et en turc, et une page sur le site "
                        + "de la ville. La semaine de la cité éducative a réuni 600 personnes en mai.</p>",
                ReviewSection.EVALUATION,
                "<p>Le nombre d'enfants touchés progresse nettement depuis 2023 ; l'absentéisme recule mais reste "
                        + "au-dessus de la cible.</p>"));
    }

    private void contrat(Workspace pma) {
        Long id = pma.getId();
        evaluation.addFromLibrary(id, IndicatorLibrary.of(pma.getType()).stream().map(IndicatorLibrary.Entry::code).toList());
        List<String> qpv = pma.perimeterCodes(TerritoryKind.QPV);
        for (Indicator i : evaluation.allIndicators(id)) {
            if ("cv-habitants-touches".equals(i.getCode())) {
                define(id, i, new BigDecimal("5200"), LocalDate.of(2024, 1, 1), Map.of("2026", new BigDecimal("7000")));
                int[] values = {5400, 6100, 6650};
                for (int y = 0; y < values.length; y++) {
                    Map<Breakdown, BigDecimal> split = new LinkedHashMap<>();
                    for (int q = 0; q < qpv.size(); q++) {
                        split.put(Breakdown.of(Disaggregation.QPV, qpv.get(q)),
                                BigDecimal.valueOf(values[y] / qpv.size() + (q % 3) * 40L));
                    }
                    record(id, i, String.valueOf(2024 + y), BigDecimal.valueOf(values[y]), split);
                }
            } else if ("cv-actions-financees".equals(i.getCode())) {
                define(id, i, new BigDecimal("74"), LocalDate.of(2024, 1, 1), Map.of("2026", new BigDecimal("90")));
                record(id, i, "2024", new BigDecimal("78"), Map.of());
                record(id, i, "2025", new BigDecimal("84"), Map.of());
                record(id, i, "2026", new BigDecimal("88"), Map.of());
            }
        }
        regional.share(id, true);
    }

    private void define(Long workspaceId, Indicator i, BigDecimal baseline, LocalDate date,
            Map<String, BigDecimal> targets) {
        evaluation.updateIndicator(workspaceId, i.getId(), i.getVersion(), new IndicatorDetails(i.getCode(), i.getName(),
                i.getDefinition(), i.getUnit(), i.getDirection(), i.getLevel(), null, null, i.getPeriodicity(),
                i.getSource(), i.getDisaggregations(), baseline, date, i.getMinValue(), i.getMaxValue(), targets));
    }

    /** Three school years of totals, split by sex and by the workspace's QPV. */
    private void series(Long workspaceId, Indicator i, List<String> qpv, int[] totals) {
        String[] periods = {"2023-2024", "2024-2025", "2025-2026"};
        for (int p = 0; p < periods.length; p++) {
            int total = totals[p];
            Map<Breakdown, BigDecimal> parts = new LinkedHashMap<>();
            if (i.splitsBy(Disaggregation.SEXE)) {
                parts.put(Breakdown.of(Disaggregation.SEXE, "F"), BigDecimal.valueOf(total * 52L / 100));
                parts.put(Breakdown.of(Disaggregation.SEXE, "M"), BigDecimal.valueOf(total - total * 52L / 100));
            }
            if (i.splitsBy(Disaggregation.QPV) && !qpv.isEmpty()) {
                int rest = total;
                for (int q = 0; q < qpv.size(); q++) {
                    int share = q == qpv.size() - 1 ? rest : total / qpv.size() + (q == 0 ? 15 : -5);
                    rest -= share;
                    parts.put(Breakdown.of(Disaggregation.QPV, qpv.get(q)), BigDecimal.valueOf(share));
                }
            }
            record(workspaceId, i, periods[p], BigDecimal.valueOf(total), parts);
        }
    }

    private void record(Long workspaceId, Indicator i, String period, BigDecimal total, Map<Breakdown, BigDecimal> parts) {
        Map<Breakdown, BigDecimal> values = new LinkedHashMap<>();
        values.put(Breakdown.WHOLE, total);
        values.putAll(parts);
        evaluation.record(workspaceId, i.getId(), period, values, null, i.getSource(), true);
    }
}
