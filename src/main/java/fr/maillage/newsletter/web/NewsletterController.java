package fr.maillage.newsletter.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.newsletter.Newsletter;
import fr.maillage.newsletter.NewsletterAction;
import fr.maillage.newsletter.NewsletterManagement;
import fr.maillage.newsletter.SubscriberStatus;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
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
 * A workspace's newsletter: its page (subscribers' counts, issues), settings and subscribers.
 */
@Controller
class NewsletterController {

    static final int PAGE_SIZE = 20;

    private final NewsletterGate gate;
    private final NewsletterManagement management;
    private final Flash messages;

    NewsletterController(NewsletterGate gate, NewsletterManagement management, Flash messages) {
        this.gate = gate;
        this.management = management;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    static String base(Long workspaceId) {
        return "/espaces/" + workspaceId + "/lettre";
    }

    List<Crumb> crumbs(Workspace workspace, String... steps) {
        return crumbs(messages, workspace, java.util.Arrays.stream(steps).map(Crumb::here).toArray(Crumb[]::new));
    }

    /** Espaces › workspace › Lettre d'information › steps (the last one is the current page). */
    static List<Crumb> crumbs(Flash messages, Workspace workspace, Crumb... steps) {
        List<Crumb> crumbs = new java.util.ArrayList<>(List.of(new Crumb(messages.text("workspace.list.title"), "/espaces"),
                new Crumb(workspace.getName(), "/espaces/" + workspace.getId())));
        crumbs.add(steps.length == 0 ? Crumb.here(messages.text("newsletter.home.title"))
                : new Crumb(messages.text("newsletter.home.title"), base(workspace.getId())));
        crumbs.addAll(List.of(steps));
        return crumbs;
    }

    @GetMapping("/espaces/{id}/lettre")
    String home(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, NewsletterAction.VIEW);
        Optional<Newsletter> newsletter = management.newsletterOf(id);
        model.addAttribute("workspace", workspace);
        model.addAttribute("newsletter", newsletter.orElse(null));
        if (newsletter.isPresent()) {
            model.addAttribute("issues", management.issues(id, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
            model.addAttribute("confirmed", management.count(id, SubscriberStatus.CONFIRMED));
            model.addAttribute("pending", management.count(id, SubscriberStatus.PENDING));
        }
        model.addAttribute("canManage", gate.can(id, me, NewsletterAction.MANAGE));
        model.addAttribute("canCompose", gate.can(id, me, NewsletterAction.COMPOSE));
        model.addAttribute("canViewSubscribers", gate.can(id, me, NewsletterAction.VIEW_SUBSCRIBERS));
        model.addAttribute("pageUrl", base(id));
        model.addAttribute("breadcrumb", crumbs(workspace));
        return "newsletter/home";
    }

    @GetMapping("/espaces/{id}/lettre/parametres")
    String initSettingsForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, NewsletterAction.MANAGE);
        NewsletterForm form = management.newsletterOf(id)
                .map(n -> new NewsletterForm(n.getName(), n.getDescription(), n.isOpenToSubscription(), n.getVersion()))
                .orElse(new NewsletterForm(messages.text("newsletter.home.title") + " — " + workspace.getName(), null,
                        true, -1));
        return settings(workspace, form, model);
    }

    @PostMapping("/espaces/{id}/lettre/parametres")
    String processSettingsForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") NewsletterForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, NewsletterAction.MANAGE);
        if (result.hasErrors()) {
            return settings(workspace, form, model);
        }
        management.describe(id, form.version(), form.name(), form.description(), form.open());
        messages.success(redirect, "newsletter.settings.saved");
        return "redirect:" + base(id);
    }

    private String settings(Workspace workspace, NewsletterForm form, Model model) {
        model.addAttribute("workspace", workspace);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("breadcrumb", crumbs(workspace, messages.text("newsletter.settings.title")));
        return "newsletter/settings";
    }

    @GetMapping("/espaces/{id}/lettre/abonnes")
    String subscribers(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "CONFIRMED") SubscriberStatus statut, @RequestParam(defaultValue = "0") int page,
            Model model) {
        Workspace workspace = gate.require(id, me, NewsletterAction.VIEW_SUBSCRIBERS);
        model.addAttribute("workspace", workspace);
        model.addAttribute("status", statut);
        model.addAttribute("statuses", SubscriberStatus.values());
        model.addAttribute("subscribers", management.subscribers(id, statut, PageRequest.of(Math.max(0, page), 50)));
        model.addAttribute("canManage", gate.can(id, me, NewsletterAction.MANAGE));
        model.addAttribute("pageUrl", base(id) + "/abonnes?statut=" + statut);
        model.addAttribute("breadcrumb", crumbs(workspace, messages.text("newsletter.subscribers.title")));
        return "newsletter/subscribers";
    }

    @PostMapping("/espaces/{id}/lettre/abonnes/{subscriberId}/desabonner")
    String unsubscribe(@PathVariable Long id, @PathVariable Long subscriberId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, NewsletterAction.MANAGE);
        management.unsubscribe(id, subscriberId);
        messages.success(redirect, "newsletter.subscribers.removed");
        return "redirect:" + base(id) + "/abonnes";
    }
}
