package fr.maillage.knowledge.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.knowledge.KnowledgeAction;
import fr.maillage.knowledge.KnowledgeSearch;
import fr.maillage.knowledge.NewsWatch;
import fr.maillage.knowledge.WatchItem;
import fr.maillage.knowledge.WatchSource;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The news watch of a workspace: the items read from its sources, and what the team does with each
 * one (tags, star, comments, sharing).
 */
@Controller
class WatchController {

    private static final int PAGE_SIZE = 25;

    private final KnowledgeGate gate;
    private final NewsWatch watch;
    private final KnowledgeSearch search;
    private final KnowledgeViews views;
    private final WatchSharing sharing;
    private final Flash flash;

    WatchController(KnowledgeGate gate, NewsWatch watch, KnowledgeSearch search, KnowledgeViews views,
            WatchSharing sharing, Flash flash) {
        this.gate = gate;
        this.watch = watch;
        this.search = search;
        this.views = views;
        this.sharing = sharing;
        this.flash = flash;
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/veille";
    }

    @GetMapping("/espaces/{id}/veille")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String q, @RequestParam(required = false) String tag,
            @RequestParam(required = false) Long source, @RequestParam(defaultValue = "false") boolean favoris,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.VIEW);
        Map<Long, WatchSource> sources = watch.sources(id).stream()
                .collect(Collectors.toMap(WatchSource::getId, Function.identity()));
        model.addAttribute("workspace", workspace);
        model.addAttribute("items", search.watchItems(id, q, tag, source, favoris,
                PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        model.addAttribute("sources", sources);
        model.addAttribute("failing", sources.values().stream().filter(WatchSource::isFailing).count());
        model.addAttribute("q", q);
        model.addAttribute("tag", tag);
        model.addAttribute("source", source);
        model.addAttribute("favoris", favoris);
        model.addAttribute("pageUrl", UriComponentsBuilder.fromPath(base(id))
                .queryParamIfPresent("q", Optional.ofNullable(q).filter(s -> !s.isBlank()))
                .queryParamIfPresent("tag", Optional.ofNullable(tag).filter(s -> !s.isBlank()))
                .queryParamIfPresent("source", Optional.ofNullable(source))
                .queryParamIfPresent("favoris", Optional.of(favoris).filter(b -> b)).build().toUriString());
        model.addAttribute("breadcrumb", views.crumbs(workspace, "knowledge.watch.title", null));
        return "knowledge/watch";
    }

    @GetMapping("/espaces/{id}/veille/{itemId}")
    String show(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, KnowledgeAction.VIEW);
        WatchItem item = watch.item(id, itemId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("item", item);
        model.addAttribute("source", watch.source(id, item.getSourceId()));
        model.addAttribute("comments", watch.comments(id, itemId));
        model.addAttribute("colleagues", sharing.colleagues(id, me));
        model.addAttribute("canAnnotate", gate.can(id, me, KnowledgeAction.ANNOTATE_WATCH, false));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "knowledge.watch.title", base(id), item.getTitle()));
        return "knowledge/watch-item";
    }

    @PostMapping("/espaces/{id}/veille/{itemId}/favori")
    String star(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam boolean starred, RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.ANNOTATE_WATCH);
        watch.star(id, itemId, starred);
        flash.success(redirect, starred ? "knowledge.watch.starred" : "knowledge.watch.unstarred");
        return "redirect:" + base(id) + "/" + itemId;
    }

    @PostMapping("/espaces/{id}/veille/{itemId}/etiquettes")
    String tag(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String tags, RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.ANNOTATE_WATCH);
        watch.tag(id, itemId, Arrays.asList(tags.split(",")));
        flash.success(redirect, "knowledge.watch.tagged");
        return "redirect:" + base(id) + "/" + itemId;
    }

    @PostMapping("/espaces/{id}/veille/{itemId}/commentaires")
    String comment(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "") String body, RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.ANNOTATE_WATCH);
        try {
            watch.comment(id, itemId, me, body);
            flash.success(redirect, "knowledge.comment.added");
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + base(id) + "/" + itemId + "#commentaires";
    }

    @PostMapping("/espaces/{id}/veille/{itemId}/partage")
    String share(@PathVariable Long id, @PathVariable Long itemId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Long colleague, @RequestParam(defaultValue = "") String note,
            RedirectAttributes redirect) {
        gate.require(id, me, KnowledgeAction.ANNOTATE_WATCH);
        if (colleague == null) {
            watch.share(id, itemId);
            flash.success(redirect, "knowledge.watch.sharedWithWorkspace");
        } else {
            String name = sharing.send(id, itemId, me, colleague, note);
            flash.success(redirect, "knowledge.watch.sentTo", name);
        }
        return "redirect:" + base(id) + "/" + itemId;
    }
}
