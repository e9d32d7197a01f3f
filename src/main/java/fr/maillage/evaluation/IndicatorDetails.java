package fr.maillage.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * What defines an indicator, as a form or the API sends it.
 *
 * @param code          the library code when the indicator comes from a library (regional comparisons), or null
 * @param objectiveId   the objective measured (level OBJECTIVE), or null
 * @param actionId      the action measured (level ACTION), or null
 * @param targets       target value per period code
 */
public record IndicatorDetails(String code, String name, String definition, Unit unit, Direction direction,
        IndicatorLevel level, Long objectiveId, Long actionId, Periodicity periodicity, String source,
        Set<Disaggregation> disaggregations, BigDecimal baselineValue, LocalDate baselineDate, BigDecimal minValue,
        BigDecimal maxValue, Map<String, BigDecimal> targets) {
}
