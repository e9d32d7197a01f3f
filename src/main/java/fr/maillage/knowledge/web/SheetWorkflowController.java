package fr.maillage.knowledge.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.knowledge.ExperienceSheet;
import fr.maillage.knowledge.KnowledgeAction;
import fr.maillage.knowledge.KnowledgeManagement;
import fr.maillage.knowledge.Licence;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review of a sheet (submit, send back, publish, archive, reopen), its comments, deleting a
 * draft, and the workspace's licence.
 */
@Controller
class SheetWorkflowController {

    private final KnowledgeGate gate;
    private final KnowledgeManagement knowledge;
    private final KnowledgeViews views;
    private final Flash flash;

    SheetWorkflowController(KnowledgeGate gate, KnowledgeManagement knowledge, KnowledgeViews views, Flash flash) {
        this.gate = gate;
        this.knowledge = knowledge;
        this.views = views;
        this.flash = flash;
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/soumettre")
    String submit(@PathVariable Long id, @PathVariable Long sheetId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam long version, RedirectAttributes redirect) {
        ExperienceSheet sheet = sheetFor(id, sheetId, me, KnowledgeAction.SUBMIT_SHEET);
        knowledge.submit(id, sheet.getId(), version);
        flash.success(redirect, "knowledge.sheet.submitted");
        return back(id, sheetId);
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/renvoyer")
    String sendBack(@PathVariable Long id, @PathVariable Long sheetId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam long version, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        sheetFor(id, sheetId, me, KnowledgeAction.REVIEW_SHEET);
        knowledge.sendBack(id, sheetId, version, me, reason);
        flash.success(redirect, "knowledge.sheet.sentBack");
        return back(id, sheetId);
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/publier")
    String publish(@PathVariable Long id, @PathVariable Long sheetId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam long version, RedirectAttributes redirect) {
        sheetFor(id, sheetId, me, KnowledgeAction.REVIEW_SHEET);
        ExperienceSheet sheet = knowledge.publish(id, sheetId, version);
        flash.success(redirect, "knowledge.sheet.published", "/fiches/" + sheet.getSlug());
        return back(id, sheetId);
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/archiver")
    String archive(@PathVariable Long id, @PathVariable Long sheetId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam long version, RedirectAttributes redirect) {
        sheetFor(id, sheetId, me, KnowledgeAction.REVIEW_SHEET);
        knowledge.archive(id, sheetId, version);
        flash.success(redirect, "knowledge.sheet.archived");
        return back(id, sheetId);
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/rouvrir")
    String reopen(@PathVariable Long id, @PathVariable Long sheetId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam long version, RedirectAttributes redirect) {
        sheetFor(id, sheetId, me, KnowledgeAction.REVIEW_SHEET);
        knowledge.reopen(id, sheetId, version);
        flash.success(redirect, "knowledge.sheet.reopened");
        return back(id, sheetId);
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/commentaires")
    String comment(@PathVariable Long id, @PathVariable Long sheetId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.VIEW);
        ExperienceSheet sheet = knowledge.sheet(id, sheetId);
        if (!gate.canOn(sheet, me, KnowledgeAction.REVIEW_SHEET)) {
            gate.requireOn(sheet, me, KnowledgeAction.EDIT_SHEET);
        }
        try {
            knowledge.comment(id, sheetId, me, body);
            flash.success(redirect, "knowledge.comment.added");
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return back(id, sheetId) + "#commentaires";
    }

    @PostMapping("/espaces/{id}/capitalisation/{sheetId}/supprimer")
    String delete(@PathVariable Long id, @PathVariable Long sheetId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        ExperienceSheet sheet = sheetFor(id, sheetId, me, KnowledgeAction.DELETE_SHEET);
        knowledge.delete(id, sheetId);
        flash.success(redirect, "knowledge.sheet.deleted", sheet.getTitle());
        return "redirect:" + SheetController.base(id);
    }

    @GetMapping("/espaces/{id}/capitalisation/licence")
    String licenceForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.CHOOSE_LICENCE);
        model.addAttribute("workspace", workspace);
        model.addAttribute("licence", knowledge.licence(id));
        model.addAttribute("licences", Licence.values());
        model.addAttribute("breadcrumb", views.crumbs(workspace, "knowledge.sheets.title", SheetController.base(id),
                views.text("knowledge.licence.title")));
        return "knowledge/licence";
    }

    @PostMapping("/espaces/{id}/capitalisation/licence")
    String chooseLicence(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam Licence licence, RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.CHOOSE_LICENCE);
        knowledge.chooseLicence(id, licence);
        flash.success(redirect, "knowledge.licence.saved");
        return "redirect:" + SheetController.base(id);
    }

    private ExperienceSheet sheetFor(Long id, Long sheetId, AccountPrincipal me, KnowledgeAction action) {
        gate.require(id, me, KnowledgeAction.VIEW);
        ExperienceSheet sheet = knowledge.sheet(id, sheetId);
        gate.requireOn(sheet, me, action);
        return sheet;
    }

    private static String back(Long id, Long sheetId) {
        return "redirect:" + SheetController.base(id) + "/" + sheetId;
    }
}
