package fr.maillage.knowledge.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.Organisation;
import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.KnowledgeAction;
import fr.maillage.knowledge.KnowledgeManagement;
import fr.maillage.knowledge.KnowledgeSearch;
import fr.maillage.knowledge.SheetStatus;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

/**
 * A workspace's experience sheets: the list, writing one (also from a completed action), and its page.
 */
@Controller
class SheetController {

    static final int PAGE_SIZE = 20;

    private final KnowledgeGate gate;
    private final KnowledgeManagement knowledge;
    private final KnowledgeSearch search;
    private final KnowledgeViews views;
    private final SheetPrefill prefill;
    private final Flash flash;

    SheetController(KnowledgeGate gate, KnowledgeManagement knowledge, KnowledgeSearch search, KnowledgeViews views,
            SheetPrefill prefill, Flash flash) {
        this.gate = gate;
        this.knowledge = knowledge;
        this.search = search;
        this.views = views;
        this.prefill = prefill;
        this.flash = flash;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/capitalisation";
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/capitalisation")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String q, @RequestParam(required = false) SheetStatus statut,
            @RequestParam(required = false) String theme, @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.VIEW);
        model.addAttribute("workspace", workspace);
        model.addAttribute("sheets", search.sheets(id, new KnowledgeSearch.SheetFilters(q, theme, statut),
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("q", q);
        model.addAttribute("statut", statut);
        model.addAttribute("theme", theme);
        model.addAttribute("statuses", SheetStatus.values());
        model.addAttribute("themes", views.themes());
        model.addAttribute("licence", knowledge.licence(id));
        model.addAttribute("canWrite", gate.can(id, me, KnowledgeAction.EDIT_SHEET, true));
        model.addAttribute("canChooseLicence", gate.can(id, me, KnowledgeAction.CHOOSE_LICENCE, false));
        model.addAttribute("completedActions", gate.can(id, me, KnowledgeAction.EDIT_SHEET, true)
                ? prefill.completedActions(id) : List.of());
        model.addAttribute("breadcrumb", views.crumbs(workspace, "knowledge.sheets.title", null));
        return "knowledge/sheets";
    }

    @GetMapping("/espaces/{id}/capitalisation/nouvelle")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long action, Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.EDIT_SHEET, true);
        SheetForm form = action == null ? SheetForm.empty() : prefill.fromAction(id, action);
        model.addAttribute("form", form);
        model.addAttribute("sourceAction", action);
        return formView(workspace, null, model);
    }

    @PostMapping("/espaces/{id}/capitalisation/nouvelle")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long sourceAction,
            @Valid @ModelAttribute("form") SheetForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.EDIT_SHEET, true);
        Resolved resolved = resolve(form, result);
        if (!result.hasErrors()) {
            try {
                Long actionId = sourceAction != null && prefill.isActionOf(id, sourceAction) ? sourceAction : null;
                ExperienceSheet sheet = knowledge.create(id, me.id(), actionId,
                        form.details(resolved.carrierId(), resolved.partnerIds()));
                flash.success(redirect, "knowledge.sheet.created", sheet.getTitle());
                return "redirect:" + base(id) + "/" + sheet.getId();
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        model.addAttribute("sourceAction", sourceAction);
        return formView(workspace, null, model);
    }

    @GetMapping("/espaces/{id}/capitalisation/{sheetId}")
    String show(@PathVariable Long id, @PathVariable Long sheetId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.VIEW);
        ExperienceSheet sheet = knowledge.sheet(id, sheetId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("sheet", sheet);
        model.addAttribute("labels", views.labels(sheet));
        model.addAttribute("comments", knowledge.comments(id, sheetId));
        model.addAttribute("files", knowledge.files(sheetId));
        model.addAttribute("licence", knowledge.licence(id));
        model.addAttribute("sourceAction", prefill.actionLabel(id, sheet.getSourceActionId()));
        model.addAttribute("canEdit", sheet.isEditable() && gate.canOn(sheet, me, KnowledgeAction.EDIT_SHEET));
        model.addAttribute("canSubmit", sheet.getStatus() == SheetStatus.DRAFT
                && gate.canOn(sheet, me, KnowledgeAction.SUBMIT_SHEET));
        model.addAttribute("canReview", gate.canOn(sheet, me, KnowledgeAction.REVIEW_SHEET));
        model.addAttribute("canComment", gate.canOn(sheet, me, KnowledgeAction.REVIEW_SHEET)
                || gate.canOn(sheet, me, KnowledgeAction.EDIT_SHEET));
        model.addAttribute("canDelete", sheet.getStatus() == SheetStatus.DRAFT && sheet.getSlug() == null
                && gate.canOn(sheet, me, KnowledgeAction.DELETE_SHEET));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "knowledge.sheets.title", base(id), sheet.getTitle()));
        return "knowledge/sheet";
    }

    @GetMapping("/espaces/{id}/capitalisation/{sheetId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long sheetId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.VIEW);
        ExperienceSheet sheet = knowledge.sheet(id, sheetId);
        gate.requireOn(sheet, me, KnowledgeAction.EDIT_SHEET);
        var labels = views.labels(sheet);
        model.addAttribute("form", SheetForm.of(sheet, labels.carrier() == null ? "" : labels.carrier().getName(),
                labels.partners().stream().map(Organisation::getName).toList()));
        return formView(workspace, sheet, model);
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long sheetId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") SheetForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.VIEW);
        ExperienceSheet sheet = knowledge.sheet(id, sheetId);
        gate.requireOn(sheet, me, KnowledgeAction.EDIT_SHEET);
        Resolved resolved = resolve(form, result);
        if (!result.hasErrors()) {
            try {
                knowledge.update(id, sheetId, form.version() == null ? -1 : form.version(),
                        form.details(resolved.carrierId(), resolved.partnerIds()));
                flash.success(redirect, "knowledge.sheet.updated");
                return "redirect:" + base(id) + "/" + sheetId;
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return formView(workspace, sheet, model);
    }

    /** Suggestions of organisations for the carrier and partner fields, as datalist options (htmx). */
    @GetMapping("/espaces/{id}/capitalisation/organisations")
    String organisationOptions(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String carrier, @RequestParam(defaultValue = "") String target,
            Model model) {
        gate.require(id, me, KnowledgeAction.VIEW);
        model.addAttribute("options", views.suggest(carrier));
        model.addAttribute("target", "partenaires".equals(target) ? "partner-options" : "carrier-options");
        return "knowledge/sheet-form :: organisationOptions";
    }

    private record Resolved(Long carrierId, Set<Long> partnerIds) {
    }

    /** Finds the carrier and partners in the directory and checks the territory codes, as field errors. */
    private Resolved resolve(SheetForm form, BindingResult result) {
        Long carrierId = null;
        if (form.carrier() != null && !form.carrier().isBlank()) {
            Optional<Organisation> carrier = views.organisationNamed(form.carrier());
            if (carrier.isEmpty()) {
                result.rejectValue("carrier", "knowledge.sheet.organisationUnknown", new Object[] {form.carrier()},
                        null);
            } else {
                carrierId = carrier.get().getId();
            }
        }
        Set<Long> partnerIds = new LinkedHashSet<>();
        for (String name : form.partnerNames()) {
            Optional<Organisation> partner = views.organisationNamed(name);
            if (partner.isEmpty()) {
                result.rejectValue("partners", "knowledge.sheet.organisationUnknown", new Object[] {name}, null);
            } else {
                partnerIds.add(partner.get().getId());
            }
        }
        List<String> communes = views.unknown(TerritoryKind.COMMUNE, form.communeSet());
        if (!communes.isEmpty()) {
            result.rejectValue("communeCodes", "knowledge.sheet.communeUnknown",
                    new Object[] {String.join(", ", communes)}, null);
        }
        List<String> qpvs = views.unknown(TerritoryKind.QPV, form.qpvSet());
        if (!qpvs.isEmpty()) {
            result.rejectValue("qpvCodes", "knowledge.sheet.qpvUnknown", new Object[] {String.join(", ", qpvs)}, null);
        }
        if (form.startDate() != null && form.endDate() != null && form.endDate().isBefore(form.startDate())) {
            result.rejectValue("endDate", "knowledge.sheet.datesReversed");
        }
        return new Resolved(carrierId, partnerIds);
    }

    private String formView(Workspace workspace, ExperienceSheet sheet, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("sheet", sheet);
        model.addAttribute("themes", views.themes());
        model.addAttribute("breadcrumb", sheet == null
                ? views.crumbs(workspace, "knowledge.sheets.title", base(workspace.getId()),
                        views.text("knowledge.sheet.newTitle"))
                : views.crumbs(workspace, "knowledge.sheets.title", base(workspace.getId()), sheet.getTitle(),
                        base(workspace.getId()) + "/" + sheet.getId(), views.text("knowledge.sheet.editTitle")));
        return "knowledge/sheet-form";
    }
}
