package fr.maillage.directory.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.DirectoryAction;
import fr.maillage.directory.DirectoryDuplicates;
import fr.maillage.directory.MergeOrganisations;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationUsage;
import fr.maillage.shared.BusinessRuleException;
import java.util.List;
import java.util.Set;
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
 * The organisations probably entered twice, side by side, and their merge. Organisations are
 * shared by every workspace, so only pilotes and administrators merge them.
 */
@Controller
class DuplicatesController {

    private static final int PAIRS_SHOWN = 50;

    private final DirectoryGate gate;
    private final DirectoryDuplicates duplicates;
    private final MergeOrganisations merge;
    private final DirectoryViews views;
    private final Flash flash;
    private final OrganisationUsage usage;

    DuplicatesController(DirectoryGate gate, DirectoryDuplicates duplicates, MergeOrganisations merge,
            DirectoryViews views, Flash flash, OrganisationUsage usage) {
        this.usage = usage;
        this.gate = gate;
        this.duplicates = duplicates;
        this.merge = merge;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/annuaire/doublons")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, DirectoryAction.MERGE_ORGANISATIONS);
        model.addAttribute("workspace", workspace);
        model.addAttribute("pairs", duplicates.candidates(PAIRS_SHOWN));
        model.addAttribute("kinds", views.kinds());
        model.addAttribute("breadcrumb", views.crumbs(workspace, flash.text("directory.duplicates.title")));
        return "directory/duplicates";
    }

    @PostMapping("/espaces/{id}/annuaire/doublons/fusion")
    String merge(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, @RequestParam Long keep,
            @RequestParam Long remove, RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.MERGE_ORGANISATIONS);
        try {
            usage.requireChangeableBy(List.of(keep, remove), me.isAdmin(), Set.of(id));
            Organisation kept = merge.merge(keep, remove);
            flash.success(redirect, "directory.duplicates.merged", kept.label());
        } catch (BusinessRuleException e) {
            flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + DirectoryViews.base(id) + "/doublons";
    }

    @PostMapping("/espaces/{id}/annuaire/doublons/distincts")
    String distinct(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, @RequestParam Long first,
            @RequestParam Long second, RedirectAttributes redirect) {
        gate.require(id, me, DirectoryAction.MERGE_ORGANISATIONS);
        duplicates.declareDistinct(first, second, me.id());
        flash.success(redirect, "directory.duplicates.declaredDistinct");
        return "redirect:" + DirectoryViews.base(id) + "/doublons";
    }
}
