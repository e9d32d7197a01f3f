package fr.maillage.governance.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.directory.Contact;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.DirectorySearch;
import fr.maillage.directory.Organisation;
import fr.maillage.directory.OrganisationFilters;
import fr.maillage.governance.Body;
import fr.maillage.governance.BodyKind;
import fr.maillage.governance.BodyMember;
import fr.maillage.governance.GovernanceAction;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.MemberFunction;
import fr.maillage.governance.QuorumRule;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import fr.maillage.shared.MaillageProperties;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.util.List;
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
 * The bodies of a workspace: list, creation, page with members and meetings, members picked in
 * the directory, and the secret address of the body's calendar feed.
 */
@Controller
class BodyController {

    private static final int PAGE_SIZE = 20;

    private final GovernanceGate gate;
    private final GovernanceManagement governance;
    private final DirectoryManagement directory;
    private final DirectorySearch directorySearch;
    private final GovernanceViews views;
    private final Flash flash;
    private final MaillageProperties properties;

    BodyController(GovernanceGate gate, GovernanceManagement governance, DirectoryManagement directory,
            DirectorySearch directorySearch, GovernanceViews views, Flash flash, MaillageProperties properties) {
        this.gate = gate;
        this.governance = governance;
        this.directory = directory;
        this.directorySearch = directorySearch;
        this.views = views;
        this.flash = flash;
        this.properties = properties;
    }

    @InitBinder
    void setAllowedFields(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/espaces/{id}/instances")
    String list(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.VIEW);
        views.rights(model, workspace, me);
        model.addAttribute("bodies", governance.bodies(id, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("kinds", views.labels(BodyKind.class, "governance.kind."));
        model.addAttribute("breadcrumb", views.crumbs(workspace));
        return "governance/bodies";
    }

    @GetMapping("/espaces/{id}/instances/nouvelle")
    String initCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        model.addAttribute("form", BodyForm.empty());
        return bodyForm(workspace, null, model);
    }

    @PostMapping("/espaces/{id}/instances/nouvelle")
    String processCreationForm(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @Valid @ModelAttribute("form") BodyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        if (!result.hasErrors()) {
            try {
                Body body = governance.createBody(id, form.details());
                flash.success(redirect, "governance.body.created", body.getName());
                return "redirect:" + GovernanceViews.base(id) + "/" + body.getId();
            } catch (BusinessRuleException e) {
                result.rejectValue("quorumValue", e.messageKey(), e.arguments(), null);
            }
        }
        return bodyForm(workspace, null, model);
    }

    @GetMapping("/espaces/{id}/instances/{bodyId}")
    String show(@PathVariable Long id, @PathVariable Long bodyId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.VIEW);
        Body body = governance.body(id, bodyId);
        views.rights(model, workspace, me);
        model.addAttribute("body", body);
        model.addAttribute("members", governance.members(bodyId));
        model.addAttribute("meetings", governance.meetingsOf(bodyId, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("kinds", views.labels(BodyKind.class, "governance.kind."));
        model.addAttribute("functions", views.labels(MemberFunction.class, "governance.function."));
        model.addAttribute("q", q);
        if (gate.can(id, me, GovernanceAction.MANAGE_BODIES) && q != null && !q.isBlank()) {
            model.addAttribute("organisationCandidates", directorySearch.organisations(OrganisationFilters.text(q), id,
                    PageRequest.of(0, 8), false).page().getContent());
            model.addAttribute("contactCandidates", directorySearch.contacts(id, q, PageRequest.of(0, 8)).getContent());
        }
        model.addAttribute("breadcrumb", views.crumbs(workspace, body.getName(), null));
        return "governance/body";
    }

    @GetMapping("/espaces/{id}/instances/{bodyId}/modifier")
    String initUpdateForm(@PathVariable Long id, @PathVariable Long bodyId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        Body body = governance.body(id, bodyId);
        model.addAttribute("form", BodyForm.of(body));
        return bodyForm(workspace, body, model);
    }

    @PostMapping("/espaces/{id}/instances/{bodyId}/modifier")
    String processUpdateForm(@PathVariable Long id, @PathVariable Long bodyId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") BodyForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        Body body = governance.body(id, bodyId);
        if (!result.hasErrors()) {
            try {
                governance.updateBody(id, bodyId, form.version() == null ? -1 : form.version(), form.details());
                flash.success(redirect, "governance.body.updated");
                return "redirect:" + GovernanceViews.base(id) + "/" + bodyId;
            } catch (BusinessRuleException e) {
                result.rejectValue("quorumValue", e.messageKey(), e.arguments(), null);
            }
        }
        return bodyForm(workspace, body, model);
    }

    @GetMapping("/espaces/{id}/instances/{bodyId}/membres/nouveau")
    String initMemberForm(@PathVariable Long id, @PathVariable Long bodyId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) Long organisation,
            @RequestParam(required = false) Long contact, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        Body body = governance.body(id, bodyId);
        model.addAttribute("form", MemberForm.forNew(organisation, contact));
        return memberForm(workspace, body, null, model);
    }

    @PostMapping("/espaces/{id}/instances/{bodyId}/membres/nouveau")
    String processMemberForm(@PathVariable Long id, @PathVariable Long bodyId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        Body body = governance.body(id, bodyId);
        if (!form.mandateInOrder()) {
            result.rejectValue("mandateEnd", "governance.member.mandate.order");
        }
        if (!result.hasErrors()) {
            try {
                BodyMember member = governance.addMember(id, bodyId, form.details());
                flash.success(redirect, "governance.member.added", member.getName());
                return "redirect:" + GovernanceViews.base(id) + "/" + bodyId + "#membres";
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.arguments(), null);
            }
        }
        return memberForm(workspace, body, null, model);
    }

    @GetMapping("/espaces/{id}/instances/{bodyId}/membres/{memberId}/modifier")
    String initMemberUpdate(@PathVariable Long id, @PathVariable Long bodyId, @PathVariable Long memberId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        Body body = governance.body(id, bodyId);
        BodyMember member = governance.member(id, bodyId, memberId);
        model.addAttribute("form", MemberForm.of(member));
        return memberForm(workspace, body, member, model);
    }

    @PostMapping("/espaces/{id}/instances/{bodyId}/membres/{memberId}/modifier")
    String processMemberUpdate(@PathVariable Long id, @PathVariable Long bodyId, @PathVariable Long memberId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        Body body = governance.body(id, bodyId);
        BodyMember member = governance.member(id, bodyId, memberId);
        if (!form.mandateInOrder()) {
            result.rejectValue("mandateEnd", "governance.member.mandate.order");
        }
        if (!result.hasErrors()) {
            try {
                governance.updateMember(id, bodyId, memberId, form.version() == null ? -1 : form.version(),
                        form.details());
                flash.success(redirect, "governance.member.updated");
                return "redirect:" + GovernanceViews.base(id) + "/" + bodyId + "#membres";
            } catch (BusinessRuleException e) {
                result.reject(e.messageKey(), e.arguments(), null);
            }
        }
        return memberForm(workspace, body, member, model);
    }

    @PostMapping("/espaces/{id}/instances/{bodyId}/membres/{memberId}/retirer")
    String removeMember(@PathVariable Long id, @PathVariable Long bodyId, @PathVariable Long memberId,
            @AuthenticationPrincipal AccountPrincipal me, RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        BodyMember member = governance.member(id, bodyId, memberId);
        governance.removeMember(id, bodyId, memberId);
        flash.success(redirect, "governance.member.removed", member.getName());
        return "redirect:" + GovernanceViews.base(id) + "/" + bodyId + "#membres";
    }

    @PostMapping("/espaces/{id}/instances/{bodyId}/calendrier/renouveler")
    String renewFeed(@PathVariable Long id, @PathVariable Long bodyId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        String secret = governance.renewFeed(id, bodyId);
        redirect.addFlashAttribute("feedUrl", properties.link(FeedController.path(secret)));
        flash.success(redirect, "governance.feed.renewed");
        return "redirect:" + GovernanceViews.base(id) + "/" + bodyId + "#calendrier";
    }

    @PostMapping("/espaces/{id}/instances/{bodyId}/calendrier/revoquer")
    String revokeFeed(@PathVariable Long id, @PathVariable Long bodyId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, GovernanceAction.MANAGE_BODIES);
        governance.revokeFeed(id, bodyId);
        flash.success(redirect, "governance.feed.revoked");
        return "redirect:" + GovernanceViews.base(id) + "/" + bodyId + "#calendrier";
    }

    private String bodyForm(Workspace workspace, Body body, Model model) {
        model.addAttribute("workspace", workspace);
        model.addAttribute("body", body);
        model.addAttribute("kinds", views.labels(BodyKind.class, "governance.kind."));
        model.addAttribute("quorumRules", views.labels(QuorumRule.class, "governance.quorumRule."));
        model.addAttribute("breadcrumb", body == null
                ? views.crumbs(workspace, views.text("governance.body.newTitle"), null)
                : views.crumbs(workspace, body.getName(), GovernanceViews.base(workspace.getId()) + "/" + body.getId(),
                        views.text("governance.body.editTitle"), null));
        return "governance/body-form";
    }

    private String memberForm(Workspace workspace, Body body, BodyMember member, Model model) {
        MemberForm form = (MemberForm) model.getAttribute("form");
        String who = null;
        if (form != null && form.contactId() != null) {
            Contact contact = directory.contact(workspace.getId(), form.contactId());
            who = contact.fullName();
        } else if (form != null && form.organisationId() != null) {
            Organisation organisation = directory.organisations(List.of(form.organisationId())).get(form.organisationId());
            who = organisation == null ? null : organisation.label();
        }
        model.addAttribute("workspace", workspace);
        model.addAttribute("body", body);
        model.addAttribute("member", member);
        model.addAttribute("who", who);
        model.addAttribute("functions", views.labels(MemberFunction.class, "governance.function."));
        String bodyUrl = GovernanceViews.base(workspace.getId()) + "/" + body.getId();
        model.addAttribute("breadcrumb", views.crumbs(workspace, body.getName(), bodyUrl,
                views.text(member == null ? "governance.member.newTitle" : "governance.member.editTitle"), null));
        return "governance/member-form";
    }
}
