package fr.maillage.agenda.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.agenda.AgendaAction;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventSurveys;
import fr.maillage.agenda.EventSurveys.QuestionResult;
import fr.maillage.agenda.QuestionKind;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.chart.Chart;
import fr.maillage.shared.chart.ChartKind;
import fr.maillage.shared.chart.ChartSeries;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The satisfaction survey of an event: its questions, sending it to the attendees, and its
 * results (a bar chart with its data table per closed question, the free answers listed).
 */
@Controller
class EventSurveyController {

    private final AgendaGate gate;
    private final EventSurveys surveys;
    private final WorkspaceManagement workspaces;
    private final AgendaViews views;
    private final Flash flash;

    EventSurveyController(AgendaGate gate, EventSurveys surveys, WorkspaceManagement workspaces, AgendaViews views,
            Flash flash) {
        this.gate = gate;
        this.surveys = surveys;
        this.workspaces = workspaces;
        this.views = views;
        this.flash = flash;
    }

    /** A question's result as the page shows it. */
    record ShownResult(QuestionResult result, Chart chart) {
    }

    @GetMapping("/espaces/{id}/evenements/{eventId}/questionnaire")
    String page(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.VIEW_EVENTS);
        boolean organiser = event.getWorkspaceId().equals(id);
        Workspace workspace = workspaces.get(id);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", QuestionForm.empty());
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("event", event);
        model.addAttribute("questions", surveys.questions(eventId));
        model.addAttribute("questionKinds", views.questionKinds());
        model.addAttribute("responses", surveys.responseCount(eventId));
        model.addAttribute("results", surveys.results(eventId).stream().map(this::shown).toList());
        model.addAttribute("canManage", gate.can(id, me, organiser, AgendaAction.MANAGE_EVENTS));
        model.addAttribute("canSend", gate.can(id, me, organiser, AgendaAction.SEND_SURVEY));
        model.addAttribute("breadcrumb", views.crumbs(workspace, event.getTitle(), AgendaViews.eventPath(id, eventId),
                flash.text("agenda.survey.title"), null));
        return "agenda/survey";
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/questionnaire/questions")
    String addQuestion(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_EVENTS);
        if (!result.hasErrors()) {
            try {
                surveys.addQuestion(eventId, form.kind(), form.label(), form.choices());
                flash.success(redirect, "agenda.survey.questionAdded");
                return "redirect:" + AgendaViews.eventPath(id, eventId) + "/questionnaire";
            } catch (BusinessRuleException e) {
                result.rejectValue("choices", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return page(id, eventId, me, model);
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/questionnaire/questions/{questionId}/supprimer")
    String removeQuestion(@PathVariable Long id, @PathVariable Long eventId, @PathVariable Long questionId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_EVENTS);
        try {
            surveys.removeQuestion(eventId, questionId);
            flash.success(redirect, "agenda.survey.questionRemoved");
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + AgendaViews.eventPath(id, eventId) + "/questionnaire";
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/questionnaire/envoyer")
    String send(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.requireEvent(id, eventId, me, AgendaAction.SEND_SURVEY);
        try {
            int sent = surveys.send(eventId);
            flash.success(redirect, "agenda.survey.sent", sent);
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + AgendaViews.eventPath(id, eventId) + "/questionnaire";
    }

    private ShownResult shown(QuestionResult result) {
        if (result.question().getKind() == QuestionKind.TEXT || result.counts().isEmpty()) {
            return new ShownResult(result, null);
        }
        List<String> categories = new ArrayList<>(result.counts().keySet());
        List<BigDecimal> values = result.counts().values().stream().map(BigDecimal::valueOf).toList();
        return new ShownResult(result, new Chart("question-" + result.question().getId(), result.question().getLabel(),
                flash.text("agenda.survey.chartDescription", result.question().getLabel()), ChartKind.BAR, categories,
                List.of(new ChartSeries(flash.text("agenda.survey.answers"), values)), flash.text("agenda.survey.unit")));
    }
}
