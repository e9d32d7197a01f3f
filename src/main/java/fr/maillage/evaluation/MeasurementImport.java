package fr.maillage.evaluation;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.TableReader;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports official values from a table (CSV as Excel saves it, or XLSX) with the columns
 * {@code indicateur} (id, library code or exact name), {@code periode}, {@code ventilation}
 * (empty for the total, or QPV, SEXE, AGE), {@code categorie}, {@code valeur}, {@code commentaire},
 * {@code source}. Every row is checked first; one bad row and nothing is written, and each
 * problem names its line.
 */
@Service
public class MeasurementImport {

    /** A refused row: its line in the file, and why (a message key and its arguments). */
    public record Problem(int line, String messageKey, Object[] arguments) {
    }

    /** What an import did: how many values were written, or why none was. */
    public record Result(int written, List<Problem> problems) {
        public boolean succeeded() {
            return problems.isEmpty();
        }
    }

    private record Row(int line, Indicator indicator, String period, Breakdown breakdown, BigDecimal value,
            String comment, String source) {
    }

    private final EvaluationManagement evaluation;

    MeasurementImport(EvaluationManagement evaluation) {
        this.evaluation = evaluation;
    }

    /**
     * @param confirmed whether the user confirmed the values outside the plausible bounds in advance
     */
    @Transactional
    public Result run(Long workspaceId, byte[] content, boolean confirmed) {
        TableReader.Table table;
        try {
            table = TableReader.readCsv(content);
        } catch (TableReader.UnreadableTableException e) {
            return new Result(0, List.of(new Problem(1, "evaluation.import.unreadable", new Object[0])));
        }
        Map<String, Integer> columns = columns(table.headers());
        for (String required : List.of("indicateur", "periode", "valeur")) {
            if (!columns.containsKey(required)) {
                return new Result(0, List.of(new Problem(1, "evaluation.import.missingColumn", new Object[] {required})));
            }
        }
        List<Indicator> all = evaluation.allIndicators(workspaceId);
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (TableReader.Row r : table.rows()) {
            try {
                rows.add(parse(r, columns, all));
            } catch (BusinessRuleException e) {
                problems.add(new Problem(r.line(), e.messageKey(), e.arguments()));
            }
        }
        for (Row row : rows) {
            try {
                evaluation.check(row.indicator(), Map.of(row.breakdown(), row.value()), confirmed);
            } catch (BusinessRuleException e) {
                problems.add(new Problem(row.line(), e.messageKey(), e.arguments()));
            } catch (ImplausibleValuesException e) {
                problems.add(new Problem(row.line(), "evaluation.import.implausible",
                        new Object[] {row.value().toPlainString(), row.indicator().getName()}));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(1, "evaluation.import.empty", new Object[0]));
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line));
            return new Result(0, problems);
        }
        for (Row row : rows) {
            evaluation.record(workspaceId, row.indicator().getId(), row.period(), Map.of(row.breakdown(), row.value()),
                    row.comment(), row.source(), true);
        }
        return new Result(rows.size(), List.of());
    }

    private Row parse(TableReader.Row r, Map<String, Integer> columns, List<Indicator> all) {
        String reference = r.get(columns.get("indicateur"));
        if (reference == null) {
            throw new BusinessRuleException("evaluation.import.indicator.missing");
        }
        Indicator indicator = all.stream().filter(i -> matches(i, reference)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("evaluation.import.indicator.unknown", reference));
        String periodCode = r.get(columns.get("periode"));
        if (periodCode == null) {
            throw new BusinessRuleException("evaluation.import.period.missing");
        }
        Period period = Period.parse(periodCode, indicator.getPeriodicity());
        String dimension = r.get(columns.get("ventilation"));
        String category = r.get(columns.get("categorie"));
        Breakdown breakdown = Breakdown.WHOLE;
        if (dimension != null && !normalise(dimension).equals("total")) {
            Disaggregation d = disaggregation(dimension);
            if (category == null) {
                throw new BusinessRuleException("evaluation.import.category.missing");
            }
            breakdown = Breakdown.of(d, category);
        }
        return new Row(r.line(), indicator, period.code(), breakdown, number(r.get(columns.get("valeur"))),
                r.get(columns.get("commentaire")), r.get(columns.get("source")));
    }

    private static boolean matches(Indicator indicator, String reference) {
        return reference.equals(String.valueOf(indicator.getId())) || reference.equalsIgnoreCase(indicator.getCode())
                || normalise(reference).equals(normalise(indicator.getName()));
    }

    private static Disaggregation disaggregation(String value) {
        return switch (normalise(value)) {
            case "qpv", "quartier" -> Disaggregation.QPV;
            case "sexe", "genre" -> Disaggregation.SEXE;
            case "age", "tranche d'age", "tranche dage" -> Disaggregation.AGE;
            default -> throw new BusinessRuleException("evaluation.measurement.dimension.unknown", value);
        };
    }

    /** A number as French spreadsheets write it: "1 234,5", "12,5 %". */
    static BigDecimal number(String text) {
        if (text == null) {
            throw new BusinessRuleException("evaluation.import.value.missing");
        }
        String cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("%", "")
                .replace("€", "").replace(',', '.');
        try {
            return new BigDecimal(cleaned);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("evaluation.import.value.invalid", text);
        }
    }

    private static Map<String, Integer> columns(List<String> headers) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.putIfAbsent(normalise(headers.get(i)), i);
        }
        Map<String, Integer> result = new LinkedHashMap<>(columns);
        if (!result.containsKey("ventilation") && columns.containsKey("dimension")) {
            result.put("ventilation", columns.get("dimension"));
        }
        return result;
    }

    static String normalise(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFD).replaceAll("\\p{M}", "").strip()
                .toLowerCase(Locale.ROOT);
    }
}
