package fr.maillage.shared;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a table a row at a time straight to a stream, as CSV for Excel in French (semicolons,
 * UTF-8 with BOM) or as an XLSX workbook, so that an export of any length keeps a bounded memory.
 * The first row written is the header. Closing finishes the file but leaves the stream open.
 */
public interface TableWriter extends Closeable {

    /** Writes one row; null values are empty cells. */
    void row(List<?> values) throws IOException;

    /** CSV in the dialect Excel opens in France: ';' separator, CRLF, UTF-8 with a BOM. */
    static TableWriter csv(OutputStream out) throws IOException {
        return new CsvTableWriter(out);
    }

    /** An XLSX workbook with one sheet, its header in bold and frozen. */
    static TableWriter xlsx(OutputStream out, String sheetName) {
        return new XlsxTableWriter(out, sheetName);
    }
}
