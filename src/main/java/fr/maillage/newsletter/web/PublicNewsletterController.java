package fr.maillage.newsletter.web;

import fr.maillage.newsletter.Newsletter;
import fr.maillage.newsletter.Subscriptions;
import fr.maillage.newsletter.internal.SubscriptionThrottle;
import fr.maillage.shared.Crumb;
import fr.maillage.shared.Flash;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public side of the newsletters: subscribe (double opt-in), confirm, unsubscribe. Links from
 * e-mails open a page with a button rather than act on GET, since mail scanners open links; the
 * unsubscribe address also takes the mail clients' one-click POST (RFC 8058).
 */
@Controller
class PublicNewsletterController {

    private final Subscriptions subscriptions;
    private final SubscriptionThrottle throttle;
    private final Flash messages;

    PublicNewsletterController(Subscriptions subscriptions, SubscriptionThrottle throttle, Flash messages) {
        this.subscriptions = subscriptions;
        this.throttle = throttle;
        this.messages = messages;
    }

    @GetMapping("/lettre")
    String list(Model model) {
        List<Newsletter> open = subscriptions.open();
        if (open.size() == 1) {
            return "redirect:/lettre/" + open.get(0).getId();
        }
        model.addAttribute("newsletters", open);
        model.addAttribute("newsletter", null);
        model.addAttribute("breadcrumb", crumbs());
        return "newsletter/subscribe";
    }

    @GetMapping("/lettre/{id}")
    String initSubscribeForm(@PathVariable Long id, Model model) {
        return form(subscriptions.openNewsletter(id), SubscribeForm.empty(), model);
    }

    @PostMapping("/lettre/{id}")
    String processSubscribeForm(@PathVariable Long id, @Valid @ModelAttribute("form") SubscribeForm form,
            BindingResult result, HttpServletRequest request, Model model) {
        Newsletter newsletter = subscriptions.openNewsletter(id);
        if (result.hasErrors()) {
            return form(newsletter, form, model);
        }
        if (!throttle.allow(request.getRemoteAddr())) {
            model.addAttribute("flashError", messages.text("newsletter.public.throttled"));
            return form(newsletter, form, model);
        }
        if (form.website() == null || form.website().isBlank()) {
            subscriptions.subscribe(id, form.email());
        }
        model.addAttribute("titleKey", "newsletter.public.sent.title");
        model.addAttribute("text", messages.text("newsletter.public.sent.text", form.email().strip()));
        return "newsletter/message";
    }

    @GetMapping("/lettre/confirmation/{token}")
    String initConfirm(@PathVariable String token, Model model) {
        Optional<Subscriptions.Pending> pending = subscriptions.pending(token);
        if (pending.isEmpty()) {
            return invalid(model);
        }
        model.addAttribute("titleKey", "newsletter.public.confirm.title");
        model.addAttribute("text", messages.text("newsletter.public.confirm.text", pending.get().email(),
                pending.get().newsletterName()));
        model.addAttribute("submitKey", "newsletter.public.confirm.submit");
        model.addAttribute("action", "/lettre/confirmation/" + token);
        return "newsletter/confirm";
    }

    @PostMapping("/lettre/confirmation/{token}")
    String processConfirm(@PathVariable String token, Model model) {
        Optional<Subscriptions.Pending> pending = subscriptions.pending(token);
        if (pending.isEmpty() || !subscriptions.confirm(token)) {
            return invalid(model);
        }
        model.addAttribute("titleKey", "newsletter.public.confirmed.title");
        model.addAttribute("text", messages.text("newsletter.public.confirmed.text", pending.get().newsletterName()));
        return "newsletter/message";
    }

    @GetMapping("/lettre/desabonnement/{token}")
    String initUnsubscribe(@PathVariable String token, Model model) {
        Optional<Subscriptions.Pending> recipient = subscriptions.recipient(token);
        if (recipient.isEmpty()) {
            return invalid(model);
        }
        model.addAttribute("titleKey", "newsletter.public.unsubscribe.title");
        model.addAttribute("text", messages.text("newsletter.public.unsubscribe.text", recipient.get().email(),
                recipient.get().newsletterName()));
        model.addAttribute("submitKey", "newsletter.public.unsubscribe.submit");
        model.addAttribute("action", "/lettre/desabonnement/" + token);
        return "newsletter/confirm";
    }

    /** The button of the page, or a mail client's one-click request: either unsubscribes. */
    @PostMapping("/lettre/desabonnement/{token}")
    String processUnsubscribe(@PathVariable String token, Model model) {
        if (!subscriptions.unsubscribe(token)) {
            return invalid(model);
        }
        model.addAttribute("titleKey", "newsletter.public.unsubscribed.title");
        model.addAttribute("text", messages.text("newsletter.public.unsubscribed.text"));
        return "newsletter/message";
    }

    private String form(Newsletter newsletter, SubscribeForm form, Model model) {
        model.addAttribute("newsletter", newsletter);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("breadcrumb", crumbs());
        return "newsletter/subscribe";
    }

    private String invalid(Model model) {
        model.addAttribute("titleKey", "newsletter.public.invalid.title");
        model.addAttribute("text", messages.text("newsletter.public.invalid.text"));
        return "newsletter/message";
    }

    private List<Crumb> crumbs() {
        return List.of(Crumb.here(messages.text("newsletter.public.title")));
    }
}
