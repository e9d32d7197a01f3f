package fr.maillage.evaluation.web;

import fr.maillage.evaluation.Direction;
import fr.maillage.evaluation.Disaggregation;
import fr.maillage.evaluation.Indicator;
import fr.maillage.evaluation.IndicatorDetails;
import fr.maillage.evaluation.IndicatorLevel;
import fr.maillage.evaluation.Periodicity;
import fr.maillage.evaluation.Unit;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * An indicator as typed in the form. Targets are typed one per line, "période : valeur"
 * (e.g. "2026-2027 : 480"), which keeps the form short whatever the number of periods.
 */
public record IndicatorForm(
        @NotBlank(message = "{evaluation.indicator.name.required}") @Size(max = 250, message = "{evaluation.indicator.name.size}") String name,
        @Size(max = 4000, message = "{evaluation.indicator.definition.size}") String definition,
        @NotNull(message = "{evaluation.indicator.unit.required}") Unit unit,
        @NotNull(message = "{evaluation.indicator.direction.required}") Direction direction,
        @NotNull(message = "{evaluation.indicator.level.required}") IndicatorLevel level,
        Long objectiveId,
        Long actionId,
        @NotNull(message = "{evaluation.indicator.periodicity.required}") Periodicity periodicity,
        @Size(max = 500, message = "{evaluation.indicator.source.size}") String source,
        List<Disaggregation> disaggregations,
        BigDecimal baselineValue,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate baselineDate,
        BigDecimal minValue,
        BigDecimal maxValue,
        @Size(max = 2000, message = "{evaluation.indicator.targets.size}") String targets,
        String code,
        Long version) {

    static IndicatorForm empty() {
        return new IndicatorForm("", "", Unit.NOMBRE, Direction.HIGHER_IS_BETTER, IndicatorLevel.WORKSPACE, null, null,
                Periodicity.ANNUELLE, "", new ArrayList<>(), null, null, BigDecimal.ZERO, null, "", null, null);
    }

    static IndicatorForm of(Indicator i) {
        String targets = i.getTargets().entrySet().stream()
                .map(e -> e.getKey() + " : " + e.getValue().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining("\n"));
        return new IndicatorForm(i.getName(), i.getDefinition(), i.getUnit(), i.getDirection(), i.getLevel(),
                i.getObjectiveId(), i.getActionId(), i.getPeriodicity(), i.getSource(),
                new ArrayList<>(i.getDisaggregations()), i.getBaselineValue(), i.getBaselineDate(), i.getMinValue(),
                i.getMaxValue(), targets, i.getCode(), i.getVersion());
    }

    /** The targets, or null when a line is not "période : nombre". */
    Map<String, BigDecimal> parsedTargets() {
        Map<String, BigDecimal> parsed = new LinkedHashMap<>();
        if (targets == null) {
            return parsed;
        }
        for (String line : targets.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            int sep = line.lastIndexOf(':') >= 0 ? line.lastIndexOf(':') : line.lastIndexOf(';');
            if (sep <= 0) {
                return null;
            }
            try {
                parsed.put(line.substring(0, sep).strip(),
                        new BigDecimal(line.substring(sep + 1).strip().replace(" ", "").replace(',', '.')));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return parsed;
    }

    IndicatorDetails details() {
        Set<Disaggregation> split = disaggregations == null || disaggregations.isEmpty()
                ? EnumSet.noneOf(Disaggregation.class) : EnumSet.copyOf(disaggregations);
        return new IndicatorDetails(code, name, definition, unit, direction, level, objectiveId, actionId, periodicity,
                source, split, baselineValue, baselineDate, minValue, maxValue, parsedTargets());
    }
}
