package fr.maillage.evaluation.web;

import fr.maillage.evaluation.FundingView;
import fr.maillage.evaluation.GovernanceView;
import fr.maillage.evaluation.IndicatorCard;
import fr.maillage.evaluation.ReviewContent;
import fr.maillage.evaluation.ReviewSection;
import fr.maillage.evaluation.ReviewValidator;
import fr.maillage.shared.text.RichText;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The annual review as an XLSX workbook: one sheet per section with its figures, and the narrative
 * as plain text.
 */
@Component
class ReviewExports {

    private final EvaluationViews views;

    ReviewExports(EvaluationViews views) {
        this.views = views;
    }

    void xlsx(ReviewContent content, List<IndicatorCharts.CardView> cards, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Maillage", "1.0");
        summary(workbook.newWorksheet(views.text("evaluation.review.xlsx.summary")), content);
        governance(workbook.newWorksheet(views.text("evaluation.review.section.GOVERNANCE")), content);
        deployment(workbook.newWorksheet(views.text("evaluation.review.xlsx.deployment")), content);
        finance(workbook.newWorksheet(views.text("evaluation.review.section.FINANCE")), content);
        evaluation(workbook.newWorksheet(views.text("evaluation.review.section.EVALUATION")), cards);
        workbook.finish();
    }

    private void summary(Worksheet sheet, ReviewContent content) {
        int r = 0;
        sheet.value(r, 0, views.text("evaluation.review.heading." + content.workspaceType(), content.review().getYear(),
                content.workspaceName()));
        sheet.style(r, 0).bold().set();
        r += 2;
        sheet.value(r, 0, views.text("evaluation.review.validation"));
        sheet.value(r++, 1, views.text("evaluation.review.status." + content.review().getStatus()));
        for (ReviewValidator v : content.validators()) {
            sheet.value(r, 0, v.getDisplayName());
            sheet.value(r++, 1, v.hasApproved() ? views.text("evaluation.review.xlsx.approved")
                    : views.text("evaluation.review.xlsx.waiting"));
        }
        r++;
        for (ReviewSection section : ReviewSection.values()) {
            sheet.value(r, 0, views.text("evaluation.review.section." + section));
            sheet.style(r, 0).bold().set();
            String html = content.review().text(section);
            sheet.value(r++, 1, html == null ? "" : RichText.plainLines(html));
        }
        sheet.width(0, 30);
        sheet.width(1, 100);
    }

    private void governance(Worksheet sheet, ReviewContent content) {
        if (content.governance().isEmpty()) {
            sheet.value(0, 0, views.text("evaluation.review.unavailable.governance"));
            return;
        }
        header(sheet, "evaluation.review.governance.body", "evaluation.review.governance.held",
                "evaluation.review.governance.dates");
        int r = 1;
        for (GovernanceView.BodyYear b : content.governance().get()) {
            sheet.value(r, 0, b.name());
            sheet.value(r, 1, b.meetings().size());
            sheet.value(r++, 2, String.join(", ", b.meetings().stream().map(m -> m.date().toString()).toList()));
        }
    }

    private void deployment(Worksheet sheet, ReviewContent content) {
        if (content.deployment().isEmpty()) {
            sheet.value(0, 0, views.text("evaluation.review.unavailable.deployment"));
            return;
        }
        sheet.value(0, 0, views.text("evaluation.review.deployment.objective"));
        for (int c = 0; c < content.statuses().size(); c++) {
            sheet.value(0, c + 1, content.statuses().get(c));
        }
        sheet.style(0, 0).bold().set();
        int r = 1;
        for (Map.Entry<String, Map<String, Long>> row : content.deployment().get().entrySet()) {
            sheet.value(r, 0, row.getKey());
            for (int c = 0; c < content.statuses().size(); c++) {
                sheet.value(r, c + 1, row.getValue().getOrDefault(content.statuses().get(c), 0L));
            }
            r++;
        }
    }

    private void finance(Worksheet sheet, ReviewContent content) {
        if (content.finance().isEmpty()) {
            sheet.value(0, 0, views.text("evaluation.review.unavailable.finance"));
            return;
        }
        header(sheet, "evaluation.review.finance.envelope", "evaluation.review.finance.amount",
                "evaluation.review.finance.allocated", "evaluation.review.finance.paid",
                "evaluation.review.finance.communeShare");
        int r = 1;
        for (FundingView.EnvelopeYear e : content.finance().get()) {
            sheet.value(r, 0, e.label());
            money(sheet, r, 1, e.amount());
            money(sheet, r, 2, e.allocated());
            money(sheet, r, 3, e.paid());
            money(sheet, r++, 4, e.communeShare());
        }
    }

    private void evaluation(Worksheet sheet, List<IndicatorCharts.CardView> cards) {
        header(sheet, "evaluation.indicator.name", "evaluation.card.period", "evaluation.card.value",
                "evaluation.card.target", "evaluation.indicator.baseline", "evaluation.review.xlsx.summaryColumn");
        int r = 1;
        for (IndicatorCharts.CardView view : cards) {
            IndicatorCard card = view.card();
            for (int i = 0; i < card.periods().size(); i++) {
                sheet.value(r, 0, card.indicator().getName());
                sheet.value(r, 1, card.periods().get(i));
                number(sheet, r, 2, card.values().get(i));
                number(sheet, r, 3, card.targets().get(i));
                number(sheet, r, 4, card.indicator().getBaselineValue());
                sheet.value(r++, 5, view.summary());
            }
            if (card.periods().isEmpty()) {
                sheet.value(r, 0, card.indicator().getName());
                sheet.value(r++, 5, view.summary());
            }
        }
        sheet.width(0, 40);
        sheet.width(5, 80);
    }

    private void header(Worksheet sheet, String... keys) {
        for (int c = 0; c < keys.length; c++) {
            sheet.value(0, c, views.text(keys[c]));
            sheet.style(0, c).bold().set();
        }
    }

    private static void number(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value);
        }
    }

    private static void money(Worksheet sheet, int r, int c, BigDecimal value) {
        if (value != null) {
            sheet.value(r, c, value);
            sheet.style(r, c).format("#,##0.00 €").set();
        }
    }
}
