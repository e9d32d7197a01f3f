package fr.maillage.knowledge.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.knowledge.KnowledgeAction;
import fr.maillage.knowledge.NewsWatch;
import fr.maillage.knowledge.WatchPolling;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
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
 * The sources of a workspace's news watch: each with when it was last read, and why it failed.
 */
@Controller
class WatchSourceController {

    private final KnowledgeGate gate;
    private final NewsWatch watch;
    private final WatchPolling polling;
    private final KnowledgeViews views;
    private final Flash flash;

    WatchSourceController(KnowledgeGate gate, NewsWatch watch, WatchPolling polling, KnowledgeViews views,
            Flash flash) {
        this.gate = gate;
        this.watch = watch;
        this.polling = polling;
        this.views = views;
        this.flash = flash;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/veille/sources";
    }

    @GetMapping("/espaces/{id}/veille/sources")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.VIEW);
        model.addAttribute("form", SourceForm.empty());
        return view(workspace, me, model);
    }

    @PostMapping("/espaces/{id}/veille/sources")
    String add(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") SourceForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.MANAGE_SOURCES);
        if (!result.hasErrors()) {
            try {
                watch.addSource(id, form.name(), form.url());
                flash.success(redirect, "knowledge.source.added", form.name());
                return "redirect:" + base(id);
            } catch (BusinessRuleException e) {
                result.rejectValue("url", e.messageKey());
            }
        }
        return view(workspace, me, model);
    }

    @PostMapping("/espaces/{id}/veille/sources/{sourceId}/pause")
    String pause(@PathVariable Long id, @PathVariable Long sourceId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.MANAGE_SOURCES);
        watch.pause(id, sourceId, true);
        flash.success(redirect, "knowledge.source.paused");
        return "redirect:" + base(id);
    }

    @PostMapping("/espaces/{id}/veille/sources/{sourceId}/reprise")
    String resume(@PathVariable Long id, @PathVariable Long sourceId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.MANAGE_SOURCES);
        watch.pause(id, sourceId, false);
        flash.success(redirect, "knowledge.source.resumed");
        return "redirect:" + base(id);
    }

    @PostMapping("/espaces/{id}/veille/sources/{sourceId}/relever")
    String pollNow(@PathVariable Long id, @PathVariable Long sourceId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.MANAGE_SOURCES);
        int added = polling.pollNow(id, sourceId);
        if (added < 0) {
            flash.error(redirect, "knowledge.source.pollFailed");
        } else {
            flash.success(redirect, "knowledge.source.polled", added);
        }
        return "redirect:" + base(id);
    }

    @PostMapping("/espaces/{id}/veille/sources/{sourceId}/supprimer")
    String delete(@PathVariable Long id, @PathVariable Long sourceId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.MANAGE_SOURCES);
        String name = watch.source(id, sourceId).getName();
        watch.deleteSource(id, sourceId);
        flash.success(redirect, "knowledge.source.deleted", name);
        return "redirect:" + base(id);
    }

    private String view(Workspace workspace, AccountPrincipal me, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("sources", watch.sources(workspace.getId()));
        model.addAttribute("canManage", gate.can(workspace.getId(), me, KnowledgeAction.MANAGE_SOURCES, false));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "knowledge.watch.title",
                "/espaces/" + workspace.getId() + "/veille", views.text("knowledge.sources.title")));
        return "knowledge/sources";
    }
}
