package fr.maillage.territory.internal;

import fr.maillage.shared.TableReader;
import fr.maillage.territory.QpvImportReport.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the official QPV list as people receive it: separated by semicolons or commas, in UTF-8
 * (with or without BOM) or in Windows-1252 as Excel saves it, with a header naming the code, the
 * name and the commune codes. Only the shape of each line is checked here; the meaning (code format,
 * known communes) is checked by the import.
 */
public final class QpvCsvReader {

    private static final Set<String> CODE_COLUMNS = Set.of("code qp", "code qpv", "code quartier", "code");
    private static final Set<String> NAME_COLUMNS = Set.of("nom qp", "nom qpv", "lib qp", "libelle qp", "nom quartier",
            "nom");
    private static final Set<String> COMMUNE_COLUMNS = Set.of("insee com", "code insee", "communes", "insee commune",
            "code commune", "codes insee", "liste communes", "insee");
    private static final Pattern COMMUNE_SEPARATORS = Pattern.compile("[,|;\\s]+");

    private QpvCsvReader() {
    }

    /**
     * One data line.
     *
     * @param line     its line number in the file (header is line 1)
     * @param code     the QPV code, upper case, possibly blank
     * @param name     the name, possibly blank
     * @param communes the INSEE codes, upper case, four-digit codes completed with a leading zero
     */
    public record Row(int line, String code, String name, List<String> communes) {
    }

    /** The data lines, or the problems that prevent reading them. */
    public record Result(List<Row> rows, List<Problem> problems) {
    }

    public static Result read(byte[] content) {
        String text = TableReader.decode(content);
        if (text.isBlank()) {
            return new Result(List.of(), List.of(new Problem(1, "territory.import.error.empty")));
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(TableReader.delimiter(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            var records = parser.iterator();
            Columns columns = Columns.of(records.next());
            if (columns.missing() != null) {
                return new Result(List.of(),
                        List.of(new Problem(1, "territory.import.error.columns", columns.missing())));
            }
            while (records.hasNext()) {
                CSVRecord record = records.next();
                rows.add(columns.row(record, TableReader.firstLine(record, parser.getCurrentLineNumber())));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new Result(List.of(), List.of(new Problem(rows.size() + 2, "territory.import.error.unreadable",
                    String.valueOf(e.getMessage()))));
        }
        return new Result(rows, List.of());
    }

    private record Columns(int code, int name, int communes, String missing) {

        static Columns of(CSVRecord header) {
            List<String> names = header.stream().map(Folding::fold).toList();
            int code = indexOf(names, CODE_COLUMNS);
            int name = indexOf(names, NAME_COLUMNS);
            int communes = indexOf(names, COMMUNE_COLUMNS);
            List<String> missing = new ArrayList<>();
            Map.of("code_qp", code, "nom_qp", name, "insee_com", communes).forEach((label, index) -> {
                if (index < 0) {
                    missing.add(label);
                }
            });
            missing.sort(null);
            return new Columns(code, name, communes, missing.isEmpty() ? null : String.join(", ", missing));
        }

        private static int indexOf(List<String> names, Set<String> accepted) {
            for (int i = 0; i < names.size(); i++) {
                if (accepted.contains(names.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        Row row(CSVRecord record, int line) {
            List<String> communeCodes = Arrays.stream(COMMUNE_SEPARATORS.split(value(record, communes)))
                    .filter(c -> !c.isBlank()).map(Columns::inseeCode).distinct().toList();
            return new Row(line, value(record, code).toUpperCase(Locale.ROOT).replace(" ", ""), value(record, name),
                    communeCodes);
        }

        private static String value(CSVRecord record, int index) {
            return index < record.size() ? record.get(index).strip() : "";
        }

        /** Spreadsheets drop the leading zero of "01001". */
        private static String inseeCode(String raw) {
            String code = raw.strip().toUpperCase(Locale.ROOT);
            return code.length() == 4 && code.chars().allMatch(Character::isDigit) ? "0" + code : code;
        }
    }
}
