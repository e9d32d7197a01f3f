package fr.maillage.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the tables people send: CSV as Excel or LibreOffice save it (';', ',' or tab; UTF-8 with or
 * without BOM, or Windows-1252) and the first sheet of an XLSX workbook. Each row keeps the line
 * number the user sees in his spreadsheet, so that an import can point at the bad line.
 */
public final class TableReader {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TableReader() {
    }

    /** A table: its header row and the data rows that follow, empty rows left out. */
    public record Table(List<String> headers, List<Row> rows) {
    }

    /** One data row and its line number in the file (the header is usually line 1). */
    public record Row(int line, List<String> values) {

        /** The trimmed value of the column, or null when the column is absent or the cell blank. */
        public String get(Integer column) {
            if (column == null || column < 0 || column >= values.size()) {
                return null;
            }
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** The file cannot be read as a table. */
    public static class UnreadableTableException extends RuntimeException {
        public UnreadableTableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads an XLSX workbook (recognised by its zip signature) or a CSV file. */
    public static Table read(Path file) {
        try {
            byte[] start = new byte[2];
            try (InputStream in = Files.newInputStream(file)) {
                if (in.read(start) == 2 && start[0] == 'P' && start[1] == 'K') {
                    return XlsxSheet.read(file);
                }
            }
            return readCsv(Files.readAllBytes(file));
        } catch (IOException | XMLStreamException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableTableException(String.valueOf(e.getMessage()), e);
        }
    }

    public static Table readCsv(byte[] content) {
        String text = decode(content);
        if (text.isBlank()) {
            return new Table(List.of(), List.of());
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            var records = parser.iterator();
            List<String> headers = records.next().stream().map(String::strip).toList();
            List<Row> rows = new ArrayList<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.stream().anyMatch(v -> !v.isBlank())) {
                    rows.add(new Row(firstLine(record, parser.getCurrentLineNumber()), record.toList()));
                }
            }
            return new Table(headers, rows);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new UnreadableTableException(String.valueOf(e.getMessage()), e);
        }
    }

    /** UTF-8 when the bytes are valid UTF-8, Windows-1252 otherwise; without BOM. */
    public static String decode(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, WINDOWS_1252);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The separator of the header line: ';' as Excel writes in France, else tab, else ','. */
    public static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        if (header.indexOf(';') >= 0) {
            return ';';
        }
        return header.indexOf('\t') >= 0 ? '\t' : ',';
    }

    /** The parser counts the line where a record ends; a quoted value may span several lines. */
    public static int firstLine(CSVRecord record, long lastLine) {
        long breaks = record.stream().mapToLong(v -> v.chars().filter(c -> c == '\n').count()).sum();
        return (int) (lastLine - breaks);
    }

    /** The first sheet of a workbook, read with StAX from its shared strings and sheet parts. */
    private static final class XlsxSheet {

        static Table read(Path file) throws IOException, XMLStreamException {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                List<String> strings = sharedStrings(zip);
                ZipEntry sheet = Collections.list(zip.entries()).stream()
                        .filter(e -> e.getName().matches("xl/worksheets/sheet\\d+\\.xml"))
                        .min((a, b) -> a.getName().compareTo(b.getName()))
                        .orElseThrow(() -> new IOException("no sheet"));
                List<Row> all = rows(zip, sheet, strings);
                if (all.isEmpty()) {
                    return new Table(List.of(), List.of());
                }
                return new Table(all.get(0).values().stream().map(v -> v == null ? "" : v.strip()).toList(),
                        all.subList(1, all.size()).stream()
                                .filter(r -> r.values().stream().anyMatch(v -> v != null && !v.isBlank())).toList());
            }
        }

        private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return factory.createXMLStreamReader(in);
        }

        private static List<String> sharedStrings(ZipFile zip) throws IOException, XMLStreamException {
            List<String> strings = new ArrayList<>();
            ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
            if (entry == null) {
                return strings;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                XMLStreamReader xml = xml(in);
                StringBuilder current = null;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
                        current = new StringBuilder();
                    } else if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("t")
                            && current != null) {
                        current.append(xml.getElementText());
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("si")) {
                        strings.add(current.toString());
                        current = null;
                    }
                }
            }
            return strings;
        }

        private static List<Row> rows(ZipFile zip, ZipEntry sheet, List<String> strings)
                throws IOException, XMLStreamException {
            List<Row> rows = new ArrayList<>();
            try (InputStream in = zip.getInputStream(sheet)) {
                XMLStreamReader xml = xml(in);
                List<String> values = null;
                int line = 0;
                String type = null;
                int column = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "row" -> {
                                String r = xml.getAttributeValue(null, "r");
                                line = r == null ? line + 1 : Integer.parseInt(r);
                                values = new ArrayList<>();
                            }
                            case "c" -> {
                                type = xml.getAttributeValue(null, "t");
                                String ref = xml.getAttributeValue(null, "r");
                                column = ref == null ? values.size() : columnOf(ref);
                            }
                            case "v", "t" -> set(values, column, cell(type, xml.getElementText(), strings));
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                        rows.add(new Row(line, values));
                    }
                }
            }
            return rows;
        }

        private static void set(List<String> values, int column, String value) {
            while (values.size() <= column) {
                values.add(null);
            }
            values.set(column, value);
        }

        private static String cell(String type, String raw, List<String> strings) {
            if ("s".equals(type)) {
                return strings.get(Integer.parseInt(raw.strip()));
            }
            if (type == null || "n".equals(type)) {
                try {
                    return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return raw;
        }

        private static int columnOf(String reference) {
            int column = 0;
            for (char c : reference.toCharArray()) {
                if (!Character.isLetter(c)) {
                    break;
                }
                column = column * 26 + (Character.toUpperCase(c) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
