package fr.maillage.evaluation.web;

import fr.maillage.evaluation.Breakdown;
import fr.maillage.evaluation.CampaignManagement;
import fr.maillage.evaluation.ImplausibleValuesException;
import fr.maillage.shared.BusinessRuleException;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The carrier's side of a campaign, reached through his personal link without an account: the
 * values of his action's indicators for the campaign's period and a short report. A link that is
 * unknown, revoked, expired or already validated opens nothing (the same page for all, so that a
 * guess learns nothing).
 */
@Controller("evaluationCampaignAnswerController")
class CampaignAnswerController {

    private final CampaignManagement campaigns;
    private final EvaluationViews views;

    CampaignAnswerController(CampaignManagement campaigns, EvaluationViews views) {
        this.campaigns = campaigns;
        this.views = views;
    }

    @GetMapping("/portail/saisie/{secret}")
    String show(@PathVariable String secret, Model model, HttpServletResponse response) {
        Optional<CampaignManagement.AnswerForm> form = campaigns.answerForm(secret);
        if (form.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "evaluation/answer-closed";
        }
        return view(form.get(), secret, values(form.get()), form.get().request().getReport(), null, false, model);
    }

    @PostMapping("/portail/saisie/{secret}")
    String answer(@PathVariable String secret, @RequestParam Map<String, String> params, Model model,
            HttpServletResponse response) {
        Optional<CampaignManagement.AnswerForm> found = campaigns.answerForm(secret);
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_GONE);
            return "evaluation/answer-closed";
        }
        CampaignManagement.AnswerForm form = found.get();
        Map<String, String> typed = new HashMap<>();
        Map<Long, Map<Breakdown, BigDecimal>> values = new LinkedHashMap<>();
        String error = null;
        for (CampaignManagement.AnswerItem item : form.items()) {
            for (Breakdown part : item.parts()) {
                String name = field(item.indicator().getId(), part);
                String raw = params.get(name);
                if (raw != null && !raw.isBlank()) {
                    typed.put(name, raw);
                    try {
                        values.computeIfAbsent(item.indicator().getId(), k -> new LinkedHashMap<>())
                                .put(part, MeasurementController.parse(raw));
                    } catch (NumberFormatException e) {
                        error = views.text("evaluation.entry.value.invalid", raw);
                    }
                }
            }
        }
        String report = params.get("rapport");
        if (report != null && report.length() > 4000) {
            error = views.text("evaluation.answer.report.size");
        }
        if (error == null) {
            try {
                campaigns.answer(secret, values, report, "true".equals(params.get("confirmer")));
                model.addAttribute("form", form);
                return "evaluation/answer-thanks";
            } catch (ImplausibleValuesException e) {
                return view(form, secret, typed, report, null, true, model);
            } catch (BusinessRuleException e) {
                error = views.text(e.messageKey(), e.arguments());
            }
        }
        return view(form, secret, typed, report, error, false, model);
    }

    static String field(Long indicatorId, Breakdown part) {
        return "v." + indicatorId + "." + part.key();
    }

    private static Map<String, String> values(CampaignManagement.AnswerForm form) {
        Map<String, String> values = new HashMap<>();
        form.items().forEach(item -> item.given().forEach((part, value) -> values
                .put(field(item.indicator().getId(), part), value.stripTrailingZeros().toPlainString())));
        return values;
    }

    private String view(CampaignManagement.AnswerForm form, String secret, Map<String, String> values, String report,
            String error, boolean confirmation, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("secret", secret);
        model.addAttribute("values", values);
        model.addAttribute("report", report);
        model.addAttribute("error", error);
        model.addAttribute("confirmation", confirmation);
        return "evaluation/answer";
    }
}
