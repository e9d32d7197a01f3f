package fr.maillage.funding.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.funding.AllocationKind;
import fr.maillage.funding.Envelope;
import fr.maillage.funding.EnvelopeManagement;
import fr.maillage.funding.Funder;
import fr.maillage.funding.FundingAction;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.workspace.Workspace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Funders' envelopes of a workspace, their split and what remains. */
@Controller
class EnvelopeController {

    private final FundingGate gate;
    private final EnvelopeManagement envelopes;
    private final FundingViews views;
    private final Flash flash;
    private final MessageSource messages;

    EnvelopeController(FundingGate gate, EnvelopeManagement envelopes, FundingViews views, Flash flash,
            MessageSource messages) {
        this.gate = gate;
        this.envelopes = envelopes;
        this.views = views;
        this.flash = flash;
        this.messages = messages;
    }

    @GetMapping("/espaces/{id}/financements/enveloppes")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        List<Envelope> list = envelopes.envelopes(id);
        Map<Long, EnvelopeRow> rows = new LinkedHashMap<>();
        list.forEach(e -> rows.put(e.getId(), new EnvelopeRow(e, envelopes.allocated(e), envelopes.remaining(e),
                envelopes.remainingToGrant(e))));
        model.addAttribute("workspace", workspace);
        model.addAttribute("rows", rows.values());
        model.addAttribute("funders", views.funders());
        model.addAttribute("thisYear", LocalDate.now().getYear());
        model.addAttribute("canManage", gate.can(id, me, FundingAction.MANAGE_ENVELOPES, null));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.envelopes.title", "/enveloppes"));
        return "funding/envelopes";
    }

    /** An envelope with what is split, left to split and left to grant. */
    record EnvelopeRow(Envelope envelope, BigDecimal allocated, BigDecimal remaining, BigDecimal remainingToGrant) {
    }

    @PostMapping("/espaces/{id}/financements/enveloppes")
    String define(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, @RequestParam Funder funder,
            @RequestParam int year, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String attribuantName,
            @RequestParam(defaultValue = "") String attribuantSiret, @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.MANAGE_ENVELOPES);
        try {
            Envelope envelope = envelopes.define(id, funder, year, amount, label, attribuantName, attribuantSiret,
                    version);
            flash.success(redirect, "funding.envelope.saved", envelope.title());
            return "redirect:" + FundingViews.base(id) + "/enveloppes/" + envelope.getId();
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", text(e));
            return "redirect:" + FundingViews.base(id) + "/enveloppes";
        }
    }

    @GetMapping("/espaces/{id}/financements/enveloppes/{envelopeId}")
    String show(@PathVariable Long id, @PathVariable Long envelopeId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, FundingAction.VIEW);
        Envelope envelope = envelopes.envelope(id, envelopeId);
        model.addAttribute("workspace", workspace);
        model.addAttribute("row", new EnvelopeRow(envelope, envelopes.allocated(envelope),
                envelopes.remaining(envelope), envelopes.remainingToGrant(envelope)));
        var allocations = envelopes.allocations(envelopeId);
        model.addAttribute("allocations", allocations);
        model.addAttribute("matchingTotal", allocations.stream().map(a -> a.getMatchingShare() == null
                ? BigDecimal.ZERO : a.getMatchingShare()).reduce(BigDecimal.ZERO, BigDecimal::add));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (AllocationKind kind : AllocationKind.values()) {
            kinds.put(kind.name(), views.text("funding.allocationKind." + kind));
        }
        model.addAttribute("kinds", kinds);
        model.addAttribute("canManage", gate.can(id, me, FundingAction.MANAGE_ENVELOPES, null));
        model.addAttribute("breadcrumb", views.crumbs(workspace, "funding.envelopes.title", "/enveloppes",
                envelope.title()));
        return "funding/envelope";
    }

    @PostMapping("/espaces/{id}/financements/enveloppes/{envelopeId}/repartition")
    String allocate(@PathVariable Long id, @PathVariable Long envelopeId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam AllocationKind kind, @RequestParam(defaultValue = "") String target,
            @RequestParam(defaultValue = "") String communeCode, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(required = false) BigDecimal matchingShare, RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.MANAGE_ENVELOPES);
        try {
            if (target.isBlank()) {
                throw new BusinessRuleException("funding.allocation.target.required");
            }
            envelopes.allocate(id, envelopeId, kind, target, communeCode, null, amount, matchingShare);
            flash.success(redirect, "funding.allocation.saved", target);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", text(e));
        }
        return "redirect:" + FundingViews.base(id) + "/enveloppes/" + envelopeId;
    }

    @PostMapping("/espaces/{id}/financements/enveloppes/{envelopeId}/repartition/{allocationId}/supprimer")
    String remove(@PathVariable Long id, @PathVariable Long envelopeId, @PathVariable Long allocationId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.MANAGE_ENVELOPES);
        envelopes.removeAllocation(id, envelopeId, allocationId);
        flash.success(redirect, "funding.allocation.removed");
        return "redirect:" + FundingViews.base(id) + "/enveloppes/" + envelopeId;
    }

    private String text(BusinessRuleException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
    }
}
