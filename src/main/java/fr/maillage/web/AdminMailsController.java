package fr.maillage.web;

import fr.maillage.shared.Flash;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.MailServerStatus;
import fr.maillage.shared.mail.MailStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outgoing e-mails for administrators: how many wait, the failed ones with the server's last
 * answer, and a retry. Access is limited to administrators by the security configuration.
 */
@Controller
class AdminMailsController {

    private static final int PAGE_SIZE = 50;

    private final MailOutbox outbox;
    private final MailServerStatus server;
    private final Flash flash;

    AdminMailsController(MailOutbox outbox, MailServerStatus server, Flash flash) {
        this.outbox = outbox;
        this.server = server;
        this.flash = flash;
    }

    @GetMapping("/admin/courriels")
    String mails(@RequestParam(defaultValue = "FAILED") MailStatus statut, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("server", server.snapshot());
        model.addAttribute("serverAddress", server.server().orElse("?"));
        model.addAttribute("status", statut);
        model.addAttribute("statuses", MailStatus.values());
        model.addAttribute("pending", outbox.count(MailStatus.PENDING));
        model.addAttribute("failed", outbox.count(MailStatus.FAILED));
        model.addAttribute("sent", outbox.count(MailStatus.SENT));
        model.addAttribute("mails", outbox.byStatus(statut, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
        return "web/admin-mails";
    }

    /** Opens a connection to the mail server now, so that an administrator sees at once whether it answers. */
    @PostMapping("/admin/courriels/verifier")
    String check(RedirectAttributes redirect) {
        MailServerStatus.Snapshot status = server.check();
        if (status.reachable()) {
            flash.success(redirect, "web.adminMails.server.checkedOk");
        } else {
            flash.error(redirect, "web.adminMails.server.checkedFailed", status.lastError());
        }
        return "redirect:/admin/courriels";
    }

    @PostMapping("/admin/courriels/{id}/renvoyer")
    String retry(@PathVariable Long id, RedirectAttributes redirect) {
        outbox.retry(id);
        flash.success(redirect, "web.adminMails.retried");
        return "redirect:/admin/courriels";
    }
}
