package fr.maillage.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV for Excel in French. A cell that Excel would take for a formula (=, @, or + and - followed by
 * something other than a number) is prefixed with an apostrophe, so that an exported name cannot
 * run a formula on the reader's computer; phone numbers such as "+33 3 81…" are left alone.
 */
final class CsvTableWriter implements TableWriter {

    private static final Pattern FORMULA = Pattern.compile("^(?:[=@\\t\\r]|[+-](?![\\d\\s.()]*$)).*", Pattern.DOTALL);

    private final Writer writer;
    private final CSVPrinter printer;

    CsvTableWriter(OutputStream out) throws IOException {
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        this.printer = new CSVPrinter(writer, CSVFormat.EXCEL.builder().setDelimiter(';').get());
    }

    @Override
    public void row(List<?> values) throws IOException {
        printer.printRecord(values.stream().map(CsvTableWriter::cell).toList());
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        return FORMULA.matcher(text).matches() ? "'" + text : text;
    }

    @Override
    public void close() throws IOException {
        printer.flush();
        writer.flush();
    }
}
