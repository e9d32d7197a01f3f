package fr.maillage.agenda.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.agenda.AgendaAction;
import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventRegistrations;
import fr.maillage.agenda.RegistrationStatus;
import fr.maillage.agenda.Registrations;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A workspace's events: the list (organised and linked), creation and edition, the event's page
 * with its sessions and registrations, publication and cancellation.
 */
@Controller
class WorkspaceEventsController {

    private static final int PAGE_SIZE = 20;
    private static final int REGISTRATIONS_PAGE_SIZE = 50;

    private final AgendaGate gate;
    private final AgendaManagement agenda;
    private final EventRegistrations seats;
    private final Registrations registrations;
    private final WorkspaceManagement workspaces;
    private final AgendaViews views;
    private final Flash flash;

    WorkspaceEventsController(AgendaGate gate, AgendaManagement agenda, EventRegistrations seats,
            Registrations registrations, WorkspaceManagement workspaces, AgendaViews views, Flash flash) {
        this.gate = gate;
        this.agenda = agenda;
        this.seats = seats;
        this.registrations = registrations;
        this.workspaces = workspaces;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/evenements")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, AgendaAction.VIEW_EVENTS);
        Page<Event> events = agenda.involving(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("startsAt").nullsFirst(), Sort.Order.desc("id"))));
        model.addAttribute("workspace", workspace);
        model.addAttribute("events", events);
        model.addAttribute("seats", agenda.confirmedCounts(events.map(Event::getId).toList()));
        model.addAttribute("kinds", views.kinds());
        model.addAttribute("canManage", gate.can(id, me, true, AgendaAction.MANAGE_EVENTS));
        model.addAttribute("year", java.time.Year.now().getValue());
        model.addAttribute("breadcrumb", views.crumbs(workspace));
        return "agenda/list";
    }

    @GetMapping("/espaces/{id}/evenements/nouveau")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, AgendaAction.MANAGE_EVENTS);
        model.addAttribute("form", EventForm.empty());
        return formView(workspace, null, me, model);
    }

    @PostMapping("/espaces/{id}/evenements/nouveau")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") EventForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, AgendaAction.MANAGE_EVENTS);
        if (result.hasErrors()) {
            return formView(workspace, null, me, model);
        }
        Event event = agenda.create(id, form.details());
        flash.success(redirect, "agenda.event.created", event.getTitle());
        return "redirect:" + AgendaViews.eventPath(id, event.getId());
    }

    @GetMapping("/espaces/{id}/evenements/{eventId}")
    String show(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) RegistrationStatus statut, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.VIEW_EVENTS);
        Workspace workspace = workspaces.get(id);
        boolean organiser = event.getWorkspaceId().equals(id);
        boolean canSeeRegistrations = gate.can(id, me, organiser, AgendaAction.VIEW_REGISTRATIONS);
        model.addAttribute("workspace", workspace);
        model.addAttribute("event", event);
        model.addAttribute("organiser", organiser ? workspace : workspaces.get(event.getWorkspaceId()));
        model.addAttribute("sessions", agenda.sessions(eventId));
        model.addAttribute("counts", counts(eventId));
        model.addAttribute("kinds", views.kinds());
        model.addAttribute("themes", views.themes());
        model.addAttribute("publics", views.publics());
        model.addAttribute("linked", event.getLinkedWorkspaceIds().stream().map(workspaces::get).toList());
        model.addAttribute("canManage", gate.can(id, me, organiser, AgendaAction.MANAGE_EVENTS));
        model.addAttribute("canManageRegistrations", gate.can(id, me, organiser, AgendaAction.MANAGE_REGISTRATIONS));
        model.addAttribute("canSeeRegistrations", canSeeRegistrations);
        if (canSeeRegistrations) {
            List<RegistrationStatus> statuses = statut == null
                    ? List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING) : List.of(statut);
            model.addAttribute("statut", statut);
            model.addAttribute("registrations", registrations.findByEventIdAndStatusIn(eventId, statuses,
                    PageRequest.of(Math.max(page, 0), REGISTRATIONS_PAGE_SIZE,
                            Sort.by("status", "createdAt", "id"))));
        }
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", SessionForm.empty());
        }
        model.addAttribute("breadcrumb", views.crumbs(workspace, event.getTitle(), null));
        return "agenda/event";
    }

    @GetMapping("/espaces/{id}/evenements/{eventId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long eventId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_EVENTS);
        model.addAttribute("form", EventForm.of(event));
        return formView(workspaces.get(id), event, me, model);
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long eventId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") EventForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_EVENTS);
        if (result.hasErrors()) {
            return formView(workspaces.get(id), event, me, model);
        }
        agenda.update(eventId, form.version() == null ? -1 : form.version(), form.details());
        flash.success(redirect, "agenda.event.updated");
        return "redirect:" + AgendaViews.eventPath(id, eventId);
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/seances")
    String addSession(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_EVENTS);
        if (!result.hasErrors()) {
            try {
                agenda.addSession(eventId, form.title(), form.startsAt(), form.endsAt(), form.place());
                flash.success(redirect, "agenda.session.added", form.title().strip());
                return "redirect:" + AgendaViews.eventPath(id, eventId) + "#seances";
            } catch (BusinessRuleException e) {
                result.rejectValue("end", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return show(id, eventId, me, null, 0, model);
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/seances/{sessionId}/supprimer")
    String removeSession(@PathVariable Long id, @PathVariable Long eventId, @PathVariable Long sessionId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_EVENTS);
        return act(redirect, id, eventId, "agenda.session.removed", () -> agenda.removeSession(eventId, sessionId));
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/publier")
    String publish(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_EVENTS);
        return act(redirect, id, eventId, "agenda.event.published", () -> agenda.publish(eventId));
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/depublier")
    String unpublish(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_EVENTS);
        return act(redirect, id, eventId, "agenda.event.unpublished", () -> agenda.unpublish(eventId));
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/annuler")
    String cancel(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_EVENTS);
        return act(redirect, id, eventId, "agenda.event.cancelledDone", () -> agenda.cancel(eventId));
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/inscriptions/{registrationId}/annuler")
    String cancelRegistration(@PathVariable Long id, @PathVariable Long eventId, @PathVariable Long registrationId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_REGISTRATIONS);
        return act(redirect, id, eventId, "agenda.registration.cancelledByOrganiser",
                () -> seats.cancelByOrganiser(eventId, registrationId));
    }

    private String act(RedirectAttributes redirect, Long id, Long eventId, String successKey, Runnable action) {
        try {
            action.run();
            flash.success(redirect, successKey);
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + AgendaViews.eventPath(id, eventId);
    }

    private Map<String, Long> counts(Long eventId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            counts.put(status.name(), 0L);
        }
        registrations.countByStatus(eventId).forEach(r -> counts.put(((RegistrationStatus) r[0]).name(), (Long) r[1]));
        return counts;
    }

    private String formView(Workspace workspace, Event event, AccountPrincipal me, Model model) {
        Map<Long, String> linkable = new LinkedHashMap<>();
        workspaces.workspacesOf(me.id()).stream().filter(w -> !w.getId().equals(workspace.getId()))
                .forEach(w -> linkable.put(w.getId(), w.getName()));
        if (event != null) {
            event.getLinkedWorkspaceIds().forEach(w -> linkable.computeIfAbsent(w, k -> workspaces.get(k).getName()));
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("event", event);
        model.addAttribute("kinds", views.kinds());
        model.addAttribute("audiences", views.audiences());
        model.addAttribute("publics", views.publics());
        model.addAttribute("themes", views.themes());
        model.addAttribute("linkable", linkable);
        model.addAttribute("breadcrumb", event == null
                ? views.crumbs(workspace, flash.text("agenda.event.newTitle"), null)
                : views.crumbs(workspace, event.getTitle(), AgendaViews.eventPath(workspace.getId(), event.getId()),
                        flash.text("agenda.event.editTitle"), null));
        return "agenda/event-form";
    }
}
