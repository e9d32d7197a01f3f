package fr.maillage.agenda.web;

import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventRegistrations;
import fr.maillage.agenda.EventSurveys;
import fr.maillage.agenda.Registration;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.NotFoundException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages behind the links of the e-mails: cancelling a registration (a confirmation page, then
 * a POST, so that a mail scanner following links cancels nothing) and answering the survey.
 */
@Controller
class RegistrationLinksController {

    private final AgendaManagement agenda;
    private final EventRegistrations registrations;
    private final EventSurveys surveys;
    private final AgendaViews views;
    private final Flash flash;

    RegistrationLinksController(AgendaManagement agenda, EventRegistrations registrations, EventSurveys surveys,
            AgendaViews views, Flash flash) {
        this.agenda = agenda;
        this.registrations = registrations;
        this.surveys = surveys;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/evenements/annulation/{secret}")
    String confirmCancel(@PathVariable String secret, Model model) {
        Registration registration = registrations.byCancelLink(secret)
                .orElseThrow(() -> new NotFoundException("cancel link"));
        Event event = agenda.event(registration.getEventId());
        model.addAttribute("registration", registration);
        model.addAttribute("event", event);
        model.addAttribute("secret", secret);
        model.addAttribute("breadcrumb", views.publicCrumbs(flash.text("agenda.cancel.title"), null));
        return "agenda/public-cancel";
    }

    @PostMapping("/evenements/annulation/{secret}")
    String cancel(@PathVariable String secret, RedirectAttributes redirect) {
        try {
            Registration registration = registrations.cancel(secret);
            Event event = agenda.event(registration.getEventId());
            flash.success(redirect, "agenda.cancel.done", event.getTitle());
            return "redirect:" + event.publicPath();
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/evenements";
        }
    }

    @GetMapping("/evenements/questionnaire/{secret}")
    String survey(@PathVariable String secret, Model model) {
        EventSurveys.Invitation invitation = surveys.invitation(secret);
        model.addAttribute("invitation", invitation);
        model.addAttribute("secret", secret);
        model.addAttribute("breadcrumb", views.publicCrumbs(flash.text("agenda.survey.public.title"), null));
        return "agenda/public-survey";
    }

    @PostMapping("/evenements/questionnaire/{secret}")
    String answer(@PathVariable String secret, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<Long, String> given = new HashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith("q") && name.substring(1).chars().allMatch(Character::isDigit) && name.length() > 1) {
                given.put(Long.valueOf(name.substring(1)), value);
            }
        });
        try {
            surveys.answer(secret, given);
            flash.success(redirect, "agenda.survey.public.thanks");
            return "redirect:/evenements";
        } catch (BusinessRuleException e) {
            model.addAttribute("error", flash.text(e.messageKey(), e.arguments()));
            return survey(secret, model);
        }
    }
}
