package fr.maillage.newsletter.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.newsletter.Issue;
import fr.maillage.newsletter.IssueRendering;
import fr.maillage.newsletter.NewsletterAction;
import fr.maillage.newsletter.NewsletterManagement;
import fr.maillage.newsletter.SendIssue;
import fr.maillage.newsletter.SubscriberStatus;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import fr.maillage.shared.NotFoundException;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Composing an issue (title, introduction, picked content, text sections), previewing it as a page
 * and as the e-mail, sending it and following the sending.
 */
@Controller
class IssueController {

    private final NewsletterGate gate;
    private final NewsletterManagement management;
    private final IssueRendering rendering;
    private final SendIssue sending;
    private final Flash messages;

    IssueController(NewsletterGate gate, NewsletterManagement management, IssueRendering rendering,
            SendIssue sending, Flash messages) {
        this.gate = gate;
        this.management = management;
        this.rendering = rendering;
        this.sending = sending;
        this.messages = messages;
    }

    @InitBinder
    void initBinder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    private static String base(Long workspaceId, Long issueId) {
        return NewsletterController.base(workspaceId) + "/numeros/" + issueId;
    }

    @GetMapping("/espaces/{id}/lettre/numeros/nouveau")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, NewsletterAction.COMPOSE);
        management.newsletterOf(id).orElseThrow(() -> new NotFoundException("newsletter of " + id));
        return creation(workspace, new IssueForm(null, null, 0), model);
    }

    @PostMapping("/espaces/{id}/lettre/numeros/nouveau")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") IssueForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, NewsletterAction.COMPOSE);
        if (result.hasErrors()) {
            return creation(workspace, form, model);
        }
        Issue issue = management.createIssue(id, form.title(), form.introduction());
        messages.success(redirect, "newsletter.issue.created");
        return "redirect:" + base(id, issue.getId());
    }

    private String creation(Workspace workspace, IssueForm form, Model model) {
        model.addAttribute("workspace", workspace);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("breadcrumb", NewsletterController.crumbs(messages, workspace,
                Crumb.here(messages.text("newsletter.issue.new"))));
        return "newsletter/issue-new";
    }

    @GetMapping("/espaces/{id}/lettre/numeros/{issueId}")
    String show(@PathVariable Long id, @PathVariable Long issueId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, NewsletterAction.VIEW);
        Issue issue = management.issue(id, issueId);
        return compose(workspace, issue, new IssueForm(issue.getTitle(), issue.getIntroduction(), issue.getVersion()),
                new TextSectionForm(null, null), me, model);
    }

    private String compose(Workspace workspace, Issue issue, IssueForm form, TextSectionForm text,
            AccountPrincipal me, Model model) {
        Long id = workspace.getId();
        boolean canCompose = issue.isDraft() && gate.can(id, me, NewsletterAction.COMPOSE);
        model.addAttribute("workspace", workspace);
        model.addAttribute("issue", issue);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        if (!model.containsAttribute("textForm")) {
            model.addAttribute("textForm", text);
        }
        model.addAttribute("items", management.items(id, issue.getId()));
        model.addAttribute("candidates", canCompose ? management.candidates(id, issue.getId()) : List.of());
        model.addAttribute("canCompose", canCompose);
        model.addAttribute("canSend", issue.isDraft() && gate.can(id, me, NewsletterAction.SEND));
        model.addAttribute("recipients", management.count(id, SubscriberStatus.CONFIRMED));
        model.addAttribute("base", base(id, issue.getId()));
        model.addAttribute("breadcrumb", NewsletterController.crumbs(messages, workspace, Crumb.here(issue.getTitle())));
        return "newsletter/issue";
    }

    @PostMapping("/espaces/{id}/lettre/numeros/{issueId}")
    String processIssueForm(@PathVariable Long id, @PathVariable Long issueId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") IssueForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, NewsletterAction.COMPOSE);
        if (result.hasErrors()) {
            return compose(workspace, management.issue(id, issueId), form, new TextSectionForm(null, null), me, model);
        }
        management.describeIssue(id, issueId, form.version(), form.title(), form.introduction());
        messages.success(redirect, "newsletter.issue.saved");
        return "redirect:" + base(id, issueId);
    }

    @PostMapping("/espaces/{id}/lettre/numeros/{issueId}/contenus")
    String addItems(@PathVariable Long id, @PathVariable Long issueId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "contenu", required = false) List<String> keys, RedirectAttributes redirect) {
        gate.require(id, me, NewsletterAction.COMPOSE);
        if (keys != null && !keys.isEmpty()) {
            management.addItems(id, issueId, keys);
            messages.success(redirect, "newsletter.issue.added");
        }
        return "redirect:" + base(id, issueId) + "#blocs";
    }

    @PostMapping("/espaces/{id}/lettre/numeros/{issueId}/sections")
    String addText(@PathVariable Long id, @PathVariable Long issueId, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("textForm") TextSectionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, NewsletterAction.COMPOSE);
        Issue issue = management.issue(id, issueId);
        if (result.hasErrors()) {
            return compose(workspace, issue, new IssueForm(issue.getTitle(), issue.getIntroduction(),
                    issue.getVersion()), form, me, model);
        }
        management.addText(id, issueId, form.heading(), form.text());
        messages.success(redirect, "newsletter.issue.textAdded");
        return "redirect:" + base(id, issueId) + "#blocs";
    }

    @PostMapping("/espaces/{id}/lettre/numeros/{issueId}/blocs/{itemId}/retirer")
    String removeItem(@PathVariable Long id, @PathVariable Long issueId, @PathVariable Long itemId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, NewsletterAction.COMPOSE);
        management.removeItem(id, issueId, itemId);
        messages.success(redirect, "newsletter.issue.removed");
        return "redirect:" + base(id, issueId) + "#blocs";
    }

    @PostMapping("/espaces/{id}/lettre/numeros/{issueId}/blocs/{itemId}/deplacer")
    String moveItem(@PathVariable Long id, @PathVariable Long issueId, @PathVariable Long itemId,
            @RequestParam(defaultValue = "true") boolean monter, @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, NewsletterAction.COMPOSE);
        management.moveItem(id, issueId, itemId, monter);
        return "redirect:" + base(id, issueId) + "#blocs";
    }

    @GetMapping("/espaces/{id}/lettre/numeros/{issueId}/apercu")
    String preview(@PathVariable Long id, @PathVariable Long issueId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, NewsletterAction.VIEW);
        Issue issue = management.issue(id, issueId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("issue", issue);
        model.addAttribute("newsletter", management.newsletterOf(id).orElseThrow());
        model.addAttribute("items", management.items(id, issueId));
        model.addAttribute("baseUrl", "");
        model.addAttribute("unsubscribeUrl", "#");
        model.addAttribute("base", base(id, issueId));
        model.addAttribute("breadcrumb", NewsletterController.crumbs(messages, workspace,
                new Crumb(issue.getTitle(), base(id, issueId)), Crumb.here(messages.text("newsletter.issue.preview"))));
        return "newsletter/preview";
    }

    /** The e-mail exactly as sent (HTML part), with a placeholder for the recipient's unsubscribe link. */
    @GetMapping(value = "/espaces/{id}/lettre/numeros/{issueId}/apercu/courriel")
    ResponseEntity<String> previewMail(@PathVariable Long id, @PathVariable Long issueId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, NewsletterAction.VIEW);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(rendered(id, issueId).html());
    }

    /** The e-mail's plain-text part. */
    @GetMapping(value = "/espaces/{id}/lettre/numeros/{issueId}/apercu/texte")
    ResponseEntity<String> previewText(@PathVariable Long id, @PathVariable Long issueId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, NewsletterAction.VIEW);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                .body(rendered(id, issueId).text());
    }

    private IssueRendering.Rendered rendered(Long id, Long issueId) {
        return rendering.render(management.newsletterOf(id).orElseThrow(), management.issue(id, issueId),
                management.items(id, issueId));
    }

    @PostMapping("/espaces/{id}/lettre/numeros/{issueId}/envoyer")
    String send(@PathVariable Long id, @PathVariable Long issueId, @RequestParam long version,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, NewsletterAction.SEND);
        sending.start(id, issueId, version);
        messages.success(redirect, "newsletter.issue.sending");
        return "redirect:" + base(id, issueId) + "/envoi";
    }

    @GetMapping("/espaces/{id}/lettre/numeros/{issueId}/envoi")
    String progress(@PathVariable Long id, @PathVariable Long issueId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Workspace workspace = gate.require(id, me, NewsletterAction.VIEW);
        Issue issue = management.issue(id, issueId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("issue", issue);
        SendIssue.Progress progress = sending.progress(id, issueId);
        model.addAttribute("progress", progress);
        model.addAttribute("failures", progress.mails().failed() == 0 ? List.of() : sending.failures(issueId));
        model.addAttribute("canSend", gate.can(id, me, NewsletterAction.SEND));
        model.addAttribute("base", base(id, issueId));
        model.addAttribute("breadcrumb", NewsletterController.crumbs(messages, workspace,
                new Crumb(issue.getTitle(), base(id, issueId)), Crumb.here(messages.text("newsletter.issue.progress"))));
        return htmx != null ? "newsletter/progress :: counts" : "newsletter/progress";
    }

    @PostMapping("/espaces/{id}/lettre/numeros/{issueId}/envoi/{mailId}/reessayer")
    String retry(@PathVariable Long id, @PathVariable Long issueId, @PathVariable Long mailId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, NewsletterAction.SEND);
        sending.retry(id, issueId, mailId);
        messages.success(redirect, "newsletter.progress.retried");
        return "redirect:" + base(id, issueId) + "/envoi";
    }
}
