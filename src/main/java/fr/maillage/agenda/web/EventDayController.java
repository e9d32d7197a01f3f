package fr.maillage.agenda.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.agenda.AgendaAction;
import fr.maillage.agenda.AgendaManagement;
import fr.maillage.agenda.Event;
import fr.maillage.agenda.EventAttendance;
import fr.maillage.agenda.EventRegistrations;
import fr.maillage.agenda.EventSession;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.NotFoundException;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * On the day: the attendance sheet of a session (one button per person, toggled with htmx on a
 * tablet, or by a plain form without JavaScript), walk-ins, the printed sign-in sheet, and the
 * attendance certificates afterwards.
 */
@Controller
class EventDayController {

    private final AgendaGate gate;
    private final AgendaManagement agenda;
    private final EventAttendance attendance;
    private final EventRegistrations registrations;
    private final AgendaDocuments documents;
    private final WorkspaceManagement workspaces;
    private final AgendaViews views;
    private final Flash flash;

    EventDayController(AgendaGate gate, AgendaManagement agenda, EventAttendance attendance,
            EventRegistrations registrations, AgendaDocuments documents, WorkspaceManagement workspaces,
            AgendaViews views, Flash flash) {
        this.gate = gate;
        this.agenda = agenda;
        this.attendance = attendance;
        this.registrations = registrations;
        this.documents = documents;
        this.workspaces = workspaces;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/evenements/{eventId}/seances/{sessionId}/presence")
    String sheet(@PathVariable Long id, @PathVariable Long eventId, @PathVariable Long sessionId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_REGISTRATIONS);
        EventSession session = session(eventId, sessionId);
        Workspace workspace = workspaces.get(id);
        var lines = attendance.sheet(eventId, sessionId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("event", event);
        model.addAttribute("session", session);
        model.addAttribute("lines", lines);
        model.addAttribute("present", lines.stream().filter(EventAttendance.SheetLine::present).count());
        model.addAttribute("breadcrumb", views.crumbs(workspace, event.getTitle(),
                AgendaViews.eventPath(id, eventId), flash.text("agenda.attendance.title", session.getTitle()), null));
        return "agenda/attendance";
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/seances/{sessionId}/presence/{registrationId}")
    String mark(@PathVariable Long id, @PathVariable Long eventId, @PathVariable Long sessionId,
            @PathVariable Long registrationId, @RequestParam boolean present,
            @AuthenticationPrincipal AccountPrincipal me, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_REGISTRATIONS);
        EventAttendance.SheetLine line = attendance.mark(eventId, sessionId, registrationId, present);
        if (htmx == null) {
            return "redirect:" + AgendaViews.eventPath(id, eventId) + "/seances/" + sessionId + "/presence#ligne-"
                    + registrationId;
        }
        model.addAttribute("line", line);
        model.addAttribute("base", AgendaViews.eventPath(id, eventId) + "/seances/" + sessionId + "/presence");
        return "agenda/attendance :: line";
    }

    @GetMapping("/espaces/{id}/evenements/{eventId}/sur-place")
    String initWalkIn(@PathVariable Long id, @PathVariable Long eventId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_REGISTRATIONS);
        model.addAttribute("form", WalkInForm.empty());
        return walkInView(id, event, model);
    }

    @PostMapping("/espaces/{id}/evenements/{eventId}/sur-place")
    String processWalkIn(@PathVariable Long id, @PathVariable Long eventId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") WalkInForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_REGISTRATIONS);
        if (!result.hasErrors()) {
            try {
                registrations.walkIn(eventId, form.details());
                flash.success(redirect, "agenda.walkIn.added", form.fullName().strip());
                return "redirect:" + AgendaViews.eventPath(id, eventId) + "/sur-place";
            } catch (BusinessRuleException e) {
                result.rejectValue("email", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return walkInView(id, event, model);
    }

    @GetMapping("/espaces/{id}/evenements/{eventId}/seances/{sessionId}/emargement.pdf")
    ResponseEntity<byte[]> signInSheet(@PathVariable Long id, @PathVariable Long eventId,
            @PathVariable Long sessionId, @AuthenticationPrincipal AccountPrincipal me) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_REGISTRATIONS);
        return pdf("emargement-" + eventId + "-" + sessionId + ".pdf",
                documents.signInSheet(workspaces.get(event.getWorkspaceId()), event, session(eventId, sessionId)));
    }

    @GetMapping("/espaces/{id}/evenements/{eventId}/attestations.pdf")
    Object certificates(@PathVariable Long id, @PathVariable Long eventId,
            @RequestParam(required = false) Long inscription, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        Event event = gate.requireEvent(id, eventId, me, AgendaAction.MANAGE_REGISTRATIONS);
        if (attendance.attendees(eventId).isEmpty()) {
            flash.error(redirect, "agenda.certificates.none");
            return "redirect:" + AgendaViews.eventPath(id, eventId);
        }
        return pdf("attestations-" + eventId + ".pdf",
                documents.certificates(workspaces.get(event.getWorkspaceId()), event, inscription));
    }

    private String walkInView(Long id, Event event, Model model) {
        Workspace workspace = workspaces.get(id);
        model.addAttribute("workspace", workspace);
        model.addAttribute("event", event);
        model.addAttribute("publics", views.publics());
        model.addAttribute("sessions", agenda.sessions(event.getId()));
        model.addAttribute("breadcrumb", views.crumbs(workspace, event.getTitle(),
                AgendaViews.eventPath(id, event.getId()), flash.text("agenda.walkIn.title"), null));
        return "agenda/walk-in";
    }

    private EventSession session(Long eventId, Long sessionId) {
        return agenda.sessions(eventId).stream().filter(s -> s.getId().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("session " + sessionId));
    }

    private static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(content);
    }
}
