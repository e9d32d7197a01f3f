package fr.maillage.evaluation.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * Reads numbers as French users type them: "12,5", "1 200".
 */
class DecimalEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        setValue(new BigDecimal(text.replace("\u00a0", "").replace(" ", "").replace(',', '.').strip()));
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : ((BigDecimal) value).stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
