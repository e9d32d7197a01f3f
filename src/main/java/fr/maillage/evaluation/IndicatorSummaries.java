package fr.maillage.evaluation;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The sentence in French that says where an indicator stands, e.g. "Valeur 2025-2026 : 412, cible
 * 450 (92 %), en hausse de 12 % depuis la référence 2023." Used by pages, PDF and the annual review.
 */
@Component
public class IndicatorSummaries {

    private static final Locale FRENCH = Locale.FRANCE;
    private final MessageSource messages;

    IndicatorSummaries(MessageSource messages) {
        this.messages = messages;
    }

    public String summary(IndicatorCard card) {
        if (!card.hasValues()) {
            return text("evaluation.summary.none");
        }
        Indicator indicator = card.indicator();
        StringBuilder s = new StringBuilder(text("evaluation.summary.value", card.latestPeriod(),
                value(card.latestValue(), indicator.getUnit())));
        if (card.latestTarget() != null) {
            s.append(text("evaluation.summary.target", value(card.latestTarget(), indicator.getUnit()),
                    card.percentOfTarget() == null ? "—" : card.percentOfTarget()));
        }
        Integer change = card.changeSinceBaseline();
        if (change != null) {
            String year = String.valueOf(indicator.getBaselineDate().getYear());
            if (change > 0) {
                s.append(text("evaluation.summary.up", change, year));
            } else if (change < 0) {
                s.append(text("evaluation.summary.down", -change, year));
            } else {
                s.append(text("evaluation.summary.stable", year));
            }
        }
        return s.append('.').toString();
    }

    /** A value with its unit, French style: "1 234", "12,5 %", "45 000 €". */
    public String value(BigDecimal value, Unit unit) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(FRENCH);
        format.setMaximumFractionDigits(2);
        String number = format.format(value).replace('\u202f', ' ').replace('\u00a0', ' ');
        String symbol = text("evaluation.unit.symbol." + unit);
        return symbol.isBlank() ? number : number + " " + symbol;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, FRENCH);
    }
}
