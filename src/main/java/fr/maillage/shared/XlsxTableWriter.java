package fr.maillage.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An XLSX sheet written with fastexcel, flushed every few hundred rows so that the rows already
 * written leave the memory. Values are written as text cells, never as formulas.
 */
final class XlsxTableWriter implements TableWriter {

    private static final int FLUSH_EVERY = 500;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    XlsxTableWriter(OutputStream out, String sheetName) {
        this.workbook = new Workbook(out, "Maillage", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
    }

    @Override
    public void row(List<?> values) throws IOException {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value instanceof Number number) {
                sheet.value(row, column, number);
            } else if (value != null) {
                sheet.value(row, column, value.toString());
            }
            if (row == 0) {
                sheet.style(row, column).bold().set();
            }
        }
        if (row == 0) {
            sheet.freezePane(0, 1);
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
