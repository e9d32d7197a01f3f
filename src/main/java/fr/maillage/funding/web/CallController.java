package fr.maillage.funding.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.funding.CallForProjects;
import fr.maillage.funding.FundingAction;
import fr.maillage.funding.FundingManagement;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
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

/** A workspace's calls for projects: list, creation, page, edit, publication and closing. */
@Controller
class CallController {

    private final FundingGate gate;
    private final FundingManagement funding;
    private final FundingViews views;
    private final Flash flash;

    CallController(FundingGate gate, FundingManagement funding, FundingViews views, Flash flash) {
        this.gate = gate;
        this.funding = funding;
        this.views = views;
        this.flash = flash;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/financements/appels")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        model.addAttribute("workspace", workspace);
        model.addAttribute("calls", funding.calls(id, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("canManage", gate.can(id, me, FundingAction.MANAGE_CALLS, null));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.calls.title", "/appels"));
        return "funding/calls";
    }

    @GetMapping("/espaces/{id}/financements/appels/nouveau")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.MANAGE_CALLS);
        model.addAttribute("form", CallForm.empty(LocalDate.now().getYear() + 1));
        return formView(workspace, null, model);
    }

    @PostMapping("/espaces/{id}/financements/appels/nouveau")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") CallForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, FundingAction.MANAGE_CALLS);
        if (!validate(form, result)) {
            return formView(workspace, null, model);
        }
        CallForProjects call = funding.createCall(id, form.details());
        flash.success(redirect, "funding.call.created", call.getTitle());
        return "redirect:" + FundingViews.base(id) + "/appels/" + call.getId();
    }

    @GetMapping("/espaces/{id}/financements/appels/{callId}")
    String show(@PathVariable Long id, @PathVariable Long callId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        CallForProjects call = funding.call(id, callId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("call", call);
        model.addAttribute("applications", funding.applications(id, null, callId, null, PageRequest.of(0, 1))
                .getTotalElements());
        model.addAttribute("canManage", gate.can(id, me, FundingAction.MANAGE_CALLS, null));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.calls.title", "/appels", call.label()));
        return "funding/call";
    }

    @GetMapping("/espaces/{id}/financements/appels/{callId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long callId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.MANAGE_CALLS);
        CallForProjects call = funding.call(id, callId);
        model.addAttribute("form", CallForm.of(call));
        return formView(workspace, call, model);
    }

    @PostMapping("/espaces/{id}/financements/appels/{callId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long callId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") CallForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, FundingAction.MANAGE_CALLS);
        CallForProjects call = funding.call(id, callId);
        if (!validate(form, result)) {
            return formView(workspace, call, model);
        }
        funding.updateCall(id, callId, form.getVersion() == null ? -1 : form.getVersion(), form.details());
        flash.success(redirect, "funding.call.updated");
        return "redirect:" + FundingViews.base(id) + "/appels/" + callId;
    }

    @PostMapping("/espaces/{id}/financements/appels/{callId}/publier")
    String publish(@PathVariable Long id, @PathVariable Long callId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.MANAGE_CALLS);
        funding.publishCall(id, callId);
        flash.success(redirect, "funding.call.published");
        return "redirect:" + FundingViews.base(id) + "/appels/" + callId;
    }

    @PostMapping("/espaces/{id}/financements/appels/{callId}/clore")
    String close(@PathVariable Long id, @PathVariable Long callId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.MANAGE_CALLS);
        funding.closeCall(id, callId);
        flash.success(redirect, "funding.call.closed");
        return "redirect:" + FundingViews.base(id) + "/appels/" + callId;
    }

    private boolean validate(CallForm form, BindingResult result) {
        if (form.getOpeningDate() != null && form.getDeadline() != null
                && form.getDeadline().isBefore(form.getOpeningDate())) {
            result.rejectValue("deadline", "funding.call.deadline.beforeOpening");
        }
        int bad = form.badCriterion();
        if (bad >= 0) {
            result.rejectValue("criteria[" + bad + "].weight", "funding.call.criterion.invalid");
        }
        form.padCriteria();
        return !result.hasErrors();
    }

    private String formView(Workspace workspace, CallForProjects call, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("call", call);
        model.addAttribute("funders", views.funders());
        model.addAttribute("breadcrumb", call == null
                ? views.crumbs(workspace, "funding.calls.title", "/appels", views.text("funding.call.newTitle"))
                : views.crumbs(workspace, "funding.calls.title", "/appels", call.label(),
                        FundingViews.base(workspace.getId()) + "/appels/" + call.getId(),
                        views.text("funding.call.editTitle")));
        return "funding/call-form";
    }
}
