package fr.maillage.agenda.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Audience;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventKind;
import fr.maillage.agenda.EventRegistrations;
import fr.maillage.agenda.EventStatus;
import fr.maillage.agenda.RegistrationOutcome;
import fr.maillage.agenda.internal.RegistrationThrottle;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.NotFoundException;
import fr.maillage.workspace.WorkspaceAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public portal's events: the list of upcoming public events, an event's page with its
 * registration form, and the registration itself (honeypot and per-address brake against bots).
 * A restricted event's page is shown only to members of the workspaces it is linked to.
 */
@Controller
class PublicEventsController {

    private static final int PAGE_SIZE = 12;

    private final AgendaManagement agenda;
    private final EventRegistrations registrations;
    private final RegistrationThrottle throttle;
    private final WorkspaceAccess access;
    private final AgendaViews views;
    private final Flash flash;

    PublicEventsController(AgendaManagement agenda, EventRegistrations registrations, RegistrationThrottle throttle,
            WorkspaceAccess access, AgendaViews views, Flash flash) {
        this.agenda = agenda;
        this.registrations = registrations;
        this.throttle = throttle;
        this.access = access;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/evenements")
    String list(@RequestParam(required = false) EventKind type, @RequestParam(required = false) String theme,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Page<Event> events = agenda.upcomingPublic(type, theme, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("events", events);
        model.addAttribute("type", type);
        model.addAttribute("theme", theme);
        model.addAttribute("kinds", views.kinds());
        model.addAttribute("themes", views.themes());
        model.addAttribute("seats", agenda.confirmedCounts(events.map(Event::getId).toList()));
        model.addAttribute("breadcrumb", views.publicCrumbs());
        return "agenda/public-list";
    }

    @GetMapping("/evenements/{id:\\d+}-{slug}")
    String show(@PathVariable Long id, @PathVariable String slug, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Event event = visible(id, me);
        if (!event.getSlug().equals(slug)) {
            return "redirect:" + event.publicPath();
        }
        model.addAttribute("form", RegistrationForm.empty());
        return page(event, model);
    }

    @GetMapping("/evenements/{id:\\d+}")
    String shortLink(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me) {
        return "redirect:" + visible(id, me).publicPath();
    }

    @PostMapping("/evenements/{id:\\d+}/inscription")
    String register(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Model model,
            HttpServletRequest request, RedirectAttributes redirect) {
        Event event = visible(id, me);
        if (!throttle.allow(request.getRemoteAddr())) {
            throw new ResponseStatusException(HttpStatus.TOO_MANY_REQUESTS);
        }
        if (form.filledByRobot()) {
            // A robot is answered as a person would be, so that it learns nothing; nothing is stored.
            flash.success(redirect, "agenda.registration.received");
            return "redirect:" + event.publicPath() + "/merci";
        }
        if (!result.hasErrors()) {
            try {
                RegistrationOutcome outcome = registrations.register(id, form.details());
                if (outcome.confirmed()) {
                    flash.success(redirect, "agenda.registration.confirmed", event.getTitle(), form.email().strip());
                } else {
                    flash.success(redirect, "agenda.registration.waiting", event.getTitle(), outcome.position());
                }
                return "redirect:" + event.publicPath() + "/merci";
            } catch (BusinessRuleException e) {
                if ("agenda.registration.duplicate".equals(e.messageKey())) {
                    result.rejectValue("email", e.messageKey(), e.arguments(), e.messageKey());
                } else {
                    result.reject(e.messageKey(), e.arguments(), e.messageKey());
                }
            }
        }
        return page(event, model);
    }

    @GetMapping("/evenements/{id:\\d+}-{slug}/merci")
    String thanks(@PathVariable Long id, @PathVariable String slug, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Event event = visible(id, me);
        model.addAttribute("event", event);
        model.addAttribute("breadcrumb", views.publicCrumbs(event.getTitle(), event.publicPath(),
                flash.text("agenda.thanks.title"), null));
        return "agenda/public-thanks";
    }

    private String page(Event event, Model model) {
        model.addAttribute("event", event);
        model.addAttribute("sessions", agenda.sessions(event.getId()));
        model.addAttribute("open", event.registrationOpen(LocalDateTime.now()));
        long confirmed = agenda.confirmedCounts(List.of(event.getId())).getOrDefault(event.getId(), 0L);
        model.addAttribute("seatsLeft", Math.max(0, event.getCapacity() - confirmed));
        model.addAttribute("publics", views.publics());
        model.addAttribute("themes", views.themes());
        model.addAttribute("kinds", views.kinds());
        model.addAttribute("breadcrumb", views.publicCrumbs(event.getTitle(), null));
        return "agenda/public-event";
    }

    /**
     * A published public event for anyone; a restricted one for members of its workspaces (and
     * administrators); a draft or someone else's restricted event is not found.
     */
    private Event visible(Long id, AccountPrincipal me) {
        Event event = agenda.event(id);
        if (event.getStatus() == EventStatus.DRAFT) {
            throw new NotFoundException("event " + id);
        }
        if (event.getAudience() == Audience.RESTRICTED && !memberOfItsWorkspaces(event, me)) {
            throw new NotFoundException("event " + id);
        }
        return event;
    }

    private boolean memberOfItsWorkspaces(Event event, AccountPrincipal me) {
        if (me == null) {
            return false;
        }
        if (me.isAdmin() || access.roleOf(event.getWorkspaceId(), me.id()).isPresent()) {
            return true;
        }
        return event.getLinkedWorkspaceIds().stream().anyMatch(w -> access.roleOf(w, me.id()).isPresent());
    }
}
