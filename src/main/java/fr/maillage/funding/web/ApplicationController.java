package fr.maillage.funding.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.DirectorySearch;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationFilters;
import fr.maillage.funding.Application;
import fr.maillage.funding.ApplicationInstruction;
import fr.maillage.funding.CallForProjects;
import fr.maillage.funding.FundingAction;
import fr.maillage.funding.FundingLine;
import fr.maillage.funding.FundingManagement;
import fr.maillage.funding.Money;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import fr.maillage.workspace.WorkspaceManagement;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

/** A workspace's applications: list, recording (carrier first), page and edit of the request. */
@Controller
class ApplicationController {

    private final FundingGate gate;
    private final FundingManagement funding;
    private final ApplicationInstruction instruction;
    private final DirectoryManagement directory;
    private final DirectorySearch search;
    private final WorkspaceManagement workspaces;
    private final FundingViews views;
    private final Flash flash;

    ApplicationController(FundingGate gate, FundingManagement funding, ApplicationInstruction instruction,
            DirectoryManagement directory, DirectorySearch search, WorkspaceManagement workspaces, FundingViews views,
            Flash flash) {
        this.gate = gate;
        this.funding = funding;
        this.instruction = instruction;
        this.directory = directory;
        this.search = search;
        this.workspaces = workspaces;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/financements/dossiers")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer annee, @RequestParam(required = false) Long appel,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        Page<Application> applications = funding.applications(id, annee, appel, q,
                PageRequest.of(Math.max(page, 0), 50, Sort.by(Sort.Direction.DESC, "year").and(Sort.by("reference"))));
        List<Long> ids = applications.getContent().stream().map(Application::getId).toList();
        model.addAttribute("workspace", workspace);
        model.addAttribute("applications", applications);
        model.addAttribute("lines", funding.linesOf(ids));
        model.addAttribute("carriers", directory.organisations(
                applications.getContent().stream().map(Application::getCarrierId).distinct().toList()));
        model.addAttribute("years", funding.years(id));
        model.addAttribute("calls", funding.allCalls(id));
        model.addAttribute("annee", annee);
        model.addAttribute("appel", appel);
        model.addAttribute("q", q);
        model.addAttribute("listUrl", listUrl(id, annee, appel, q));
        model.addAttribute("canCreate", gate.can(id, me, FundingAction.CREATE_APPLICATION, null));
        model.addAttribute("canInstruct", gate.can(id, me, FundingAction.INSTRUCT, null));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.applications.title", "/dossiers"));
        return "funding/applications";
    }

    @GetMapping("/espaces/{id}/financements/dossiers/nouveau")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long porteur, @RequestParam(required = false) Long appel,
            @RequestParam(required = false) String q, Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.CREATE_APPLICATION);
        if (porteur == null) {
            model.addAttribute("workspace", workspace);
            model.addAttribute("q", q);
            model.addAttribute("appel", appel);
            if (q != null && !q.isBlank()) {
                model.addAttribute("candidates", search.organisations(OrganisationFilters.text(q), id,
                        PageRequest.of(0, 20), false).page().getContent());
            }
            model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.applications.title", "/dossiers",
                    views.text("funding.application.newTitle")));
            return "funding/application-carrier";
        }
        int year = appel == null ? LocalDate.now().getYear() + 1 : funding.call(id, appel).getYear();
        ApplicationForm form = ApplicationForm.empty(year, porteur, appel);
        form.setAssignedUserId(me.id());
        model.addAttribute("form", form);
        return formView(workspace, null, form, model);
    }

    @PostMapping("/espaces/{id}/financements/dossiers/nouveau")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") ApplicationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, FundingAction.CREATE_APPLICATION);
        if (form.getYear() == null) {
            result.rejectValue("year", "funding.application.year.required");
        }
        if (form.getCarrierId() == null) {
            return "redirect:" + FundingViews.base(id) + "/dossiers/nouveau";
        }
        if (form.hasUnknownKeys()) {
            result.rejectValue("amounts", "funding.budget.unknownAccount");
        }
        if (result.hasErrors()) {
            return formView(workspace, null, form, model);
        }
        try {
            Application created = funding.createApplication(id, form.details(), form.isCreateAction(),
                    FundingGate.actor(me));
            flash.success(redirect, "funding.application.created", created.getReference());
            return "redirect:" + FundingViews.base(id) + "/dossiers/" + created.getId();
        } catch (BusinessRuleException e) {
            result.rejectValue("amounts", e.messageKey(), e.arguments(), null);
            return formView(workspace, null, form, model);
        }
    }

    @GetMapping("/espaces/{id}/financements/dossiers/{applicationId}")
    String show(@PathVariable Long id, @PathVariable Long applicationId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        Application application = funding.application(id, applicationId);
        List<FundingLine> lines = funding.lines(applicationId);
        List<Long> lineIds = lines.stream().map(FundingLine::getId).toList();
        model.addAttribute("workspace", workspace);
        model.addAttribute("dossier", application);
        model.addAttribute("lines", lines);
        model.addAttribute("budget", application.projectBudget());
        model.addAttribute("timeline", funding.timeline(applicationId));
        model.addAttribute("decisions", instruction.decisions(lineIds));
        model.addAttribute("payments", instruction.payments(lineIds));
        model.addAttribute("reports", instruction.reports(applicationId));
        model.addAttribute("today", LocalDate.now());
        Organisation carrier = directory.organisations(List.of(application.getCarrierId()))
                .get(application.getCarrierId());
        model.addAttribute("carrier", carrier);
        model.addAttribute("contact", application.getContactId() == null ? null
                : directory.contactsOf(id, application.getCarrierId()).stream()
                        .filter(c -> c.getId().equals(application.getContactId())).findFirst().orElse(null));
        CallForProjects call = application.getCallId() == null ? null : funding.call(id, application.getCallId());
        model.addAttribute("call", call);
        model.addAttribute("scoreTotal", call == null ? null : call.total(application.getScores()));
        model.addAttribute("conventionWarning", lines.stream().anyMatch(l -> l.getGranted() != null
                && l.getGranted().compareTo(ApplicationInstruction.CONVENTION_THRESHOLD) > 0));
        model.addAttribute("threshold", Money.format(ApplicationInstruction.CONVENTION_THRESHOLD));
        model.addAttribute("canEdit", gate.can(id, me, FundingAction.EDIT_APPLICATION, application));
        model.addAttribute("canInstruct", gate.can(id, me, FundingAction.INSTRUCT, application));
        model.addAttribute("canRecord", gate.can(id, me, FundingAction.RECORD_GRANTS, application));
        model.addAttribute("statuses", views.statuses());
        model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.applications.title", "/dossiers",
                application.getReference()));
        return "funding/application";
    }

    @GetMapping("/espaces/{id}/financements/dossiers/{applicationId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long applicationId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Application application = funding.application(id, applicationId);
        Workspace workspace = gate.require(id, me, FundingAction.EDIT_APPLICATION, application);
        ApplicationForm form = ApplicationForm.of(application);
        model.addAttribute("form", form);
        return formView(workspace, application, form, model);
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long applicationId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") ApplicationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Application application = funding.application(id, applicationId);
        Workspace workspace = gate.require(id, me, FundingAction.EDIT_APPLICATION, application);
        form.setYear(application.getYear());
        form.setCarrierId(application.getCarrierId());
        if (form.hasUnknownKeys()) {
            result.rejectValue("amounts", "funding.budget.unknownAccount");
        }
        if (result.hasErrors()) {
            return formView(workspace, application, form, model);
        }
        try {
            funding.updateApplication(id, applicationId, form.getVersion() == null ? -1 : form.getVersion(),
                    form.details(), FundingGate.actor(me));
        } catch (BusinessRuleException e) {
            result.rejectValue("amounts", e.messageKey(), e.arguments(), null);
            return formView(workspace, application, form, model);
        }
        flash.success(redirect, "funding.application.updated");
        return "redirect:" + FundingViews.base(id) + "/dossiers/" + applicationId;
    }

    private String formView(Workspace workspace, Application application, ApplicationForm form, Model model) {
        Long id = workspace.getId();
        Organisation carrier = directory.organisation(form.getCarrierId());
        model.addAttribute("workspace", workspace);
        model.addAttribute("dossier", application);
        model.addAttribute("carrier", carrier);
        Map<String, String> contacts = new LinkedHashMap<>();
        directory.contactsOf(id, carrier.getId()).forEach(c -> contacts.put(c.getId().toString(), c.fullName()));
        model.addAttribute("contacts", contacts);
        Map<String, String> members = new LinkedHashMap<>();
        workspaces.members(id).forEach(m -> members.put(m.user().getId().toString(), m.user().getDisplayName()));
        model.addAttribute("members", members);
        Map<String, String> calls = new LinkedHashMap<>();
        funding.allCalls(id).forEach(c -> calls.put(c.getId().toString(), c.label()));
        model.addAttribute("calls", calls);
        Map<String, String> actions = new LinkedHashMap<>();
        funding.actionChoices(id, 300).forEach(a -> actions.put(a.getId().toString(), a.getYear() + " — "
                + a.getTitle()));
        model.addAttribute("actions", actions);
        TreeSet<String> qpv = new TreeSet<>(workspace.perimeterCodes(TerritoryKind.QPV));
        qpv.addAll(carrier.getQpvCodes());
        qpv.addAll(form.getQpvCodes());
        model.addAttribute("qpvOptions", qpv);
        model.addAttribute("chargeKeys", ApplicationForm.keys(true));
        model.addAttribute("resourceKeys", ApplicationForm.keys(false));
        Map<String, String> labels = new LinkedHashMap<>();
        ApplicationForm.keys(true).forEach(k -> labels.put(k, ApplicationForm.label(k)));
        ApplicationForm.keys(false).forEach(k -> labels.put(k, ApplicationForm.label(k)));
        model.addAttribute("accountLabels", labels);
        model.addAttribute("budget", form.details().projectBudget());
        model.addAttribute("breadcrumb", application == null
                ? views.crumbs(workspace, "funding.applications.title", "/dossiers",
                        views.text("funding.application.newTitle"))
                : views.crumbs(workspace, "funding.applications.title", "/dossiers", application.getReference(),
                        FundingViews.base(id) + "/dossiers/" + application.getId(),
                        views.text("funding.application.editTitle")));
        return "funding/application-form";
    }

    private static String listUrl(Long id, Integer year, Long call, String q) {
        StringBuilder url = new StringBuilder(FundingViews.base(id) + "/dossiers?");
        if (year != null) {
            url.append("annee=").append(year).append('&');
        }
        if (call != null) {
            url.append("appel=").append(call).append('&');
        }
        if (q != null && !q.isBlank()) {
            url.append("q=").append(java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
        return url.substring(0, url.length() - 1);
    }
}
