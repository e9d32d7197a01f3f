package fr.maillage.web;

import fr.maillage.shared.AuditEntries;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The platform-wide audit trail for administrators: accounts and workspaces included.
 * Access is limited to administrators by the security configuration ({@code /admin/**}).
 */
@Controller
class AdminJournalController {

    private static final int PAGE_SIZE = 50;

    private final AuditEntries entries;

    AdminJournalController(AuditEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/admin/journal")
    String journal(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("entries", entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(Math.max(0, page),
                PAGE_SIZE)));
        return "web/admin-journal";
    }
}
