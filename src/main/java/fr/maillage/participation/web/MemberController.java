package fr.maillage.participation.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.participation.Council;
import fr.maillage.participation.DrawCitizenCouncil;
import fr.maillage.participation.LeaveReason;
import fr.maillage.participation.Member;
import fr.maillage.participation.ParticipationAction;
import fr.maillage.participation.ParticipationManagement;
import fr.maillage.participation.ParticipationPersonalData;
import fr.maillage.shared.Flash;
import fr.maillage.shared.PersonalDataSource;
import fr.maillage.workspace.Workspace;
import jakarta.validation.Valid;
import java.time.LocalDate;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members over time: entering one by hand, a departure (resignation, move...) with the replacement
 * by the next substitute of the same quota cell, the history, and a member's RGPD access and erasure.
 */
@Controller
class MemberController {

    private final ParticipationGate gate;
    private final ParticipationManagement participation;
    private final DrawCitizenCouncil draws;
    private final ParticipationPersonalData personalData;
    private final ParticipationViews views;
    private final Flash flash;

    MemberController(ParticipationGate gate, ParticipationManagement participation, DrawCitizenCouncil draws,
            ParticipationPersonalData personalData, ParticipationViews views, Flash flash) {
        this.gate = gate;
        this.participation = participation;
        this.draws = draws;
        this.personalData = personalData;
        this.views = views;
        this.flash = flash;
    }

    @GetMapping("/espaces/{id}/participation/conseils/{councilId}/membres/nouveau")
    String initCreationForm(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        model.addAttribute("form", MemberForm.empty());
        return formView(workspace, me, participation.council(id, councilId), model);
    }

    @PostMapping("/espaces/{id}/participation/conseils/{councilId}/membres/nouveau")
    String processCreationForm(@PathVariable Long id, @PathVariable Long councilId,
            @AuthenticationPrincipal AccountPrincipal me, @Valid @ModelAttribute("form") MemberForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Workspace workspace = gate.require(id, me, ParticipationAction.EDIT);
        Council council = participation.council(id, councilId);
        if (result.hasErrors()) {
            return formView(workspace, me, council, model);
        }
        Member member = participation.addMember(id, councilId, form.details(), form.joinedOn());
        flash.success(redirect, "participation.member.added", member.fullName());
        return "redirect:" + ParticipationViews.councilUrl(id, councilId);
    }

    @GetMapping("/espaces/{id}/participation/membres/{memberId}")
    String show(@PathVariable Long id, @PathVariable Long memberId, @AuthenticationPrincipal AccountPrincipal me,
            Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.PERSONAL_DATA);
        Member member = participation.member(id, memberId);
        Council council = participation.council(id, member.getCouncilId());
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("member", member);
        model.addAttribute("qpvNames", views.qpvNames(council));
        model.addAttribute("hasSubstitute", draws.hasSubstitute(member));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("breadcrumb", views.crumbs(workspace, council, member.fullName(), null));
        return "participation/member";
    }

    @PostMapping("/espaces/{id}/participation/membres/{memberId}/depart")
    String leave(@PathVariable Long id, @PathVariable Long memberId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate leftOn,
            @RequestParam LeaveReason reason, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean replace, RedirectAttributes redirect) {
        gate.require(id, me, ParticipationAction.EDIT);
        Member member = participation.leave(id, memberId, version, leftOn, reason);
        if (replace) {
            Member next = draws.replace(id, memberId, leftOn);
            flash.success(redirect, "participation.member.replaced", member.fullName(), next.fullName());
        } else {
            flash.success(redirect, "participation.member.left", member.fullName());
        }
        return "redirect:" + ParticipationViews.councilUrl(id, member.getCouncilId());
    }

    @PostMapping("/espaces/{id}/participation/membres/{memberId}/remplacer")
    String replace(@PathVariable Long id, @PathVariable Long memberId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, ParticipationAction.EDIT);
        Member member = participation.member(id, memberId);
        Member next = draws.replace(id, memberId, null);
        flash.success(redirect, "participation.member.replaced", member.fullName(), next.fullName());
        return "redirect:" + ParticipationViews.councilUrl(id, member.getCouncilId());
    }

    @GetMapping("/espaces/{id}/participation/conseils/{councilId}/historique")
    String history(@PathVariable Long id, @PathVariable Long councilId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Workspace workspace = gate.require(id, me, ParticipationAction.PERSONAL_DATA);
        Council council = participation.council(id, councilId);
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("members", participation.history(id, councilId, PageRequest.of(Math.max(0, page), 50)));
        model.addAttribute("pageUrl", ParticipationViews.councilUrl(id, councilId) + "/historique");
        model.addAttribute("breadcrumb", views.crumbs(workspace, council, views.text("participation.history.title"), null));
        return "participation/history";
    }

    @GetMapping("/espaces/{id}/participation/membres/{memberId}/donnees.json")
    ResponseEntity<PersonalDataSource.Found> data(@PathVariable Long id, @PathVariable Long memberId,
            @AuthenticationPrincipal AccountPrincipal me) {
        gate.require(id, me, ParticipationAction.PERSONAL_DATA);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("donnees-membre-" + memberId + ".json").build().toString())
                .body(personalData.member(id, memberId));
    }

    @PostMapping("/espaces/{id}/participation/membres/{memberId}/effacer")
    String erase(@PathVariable Long id, @PathVariable Long memberId, @AuthenticationPrincipal AccountPrincipal me,
            RedirectAttributes redirect) {
        gate.require(id, me, ParticipationAction.PERSONAL_DATA);
        Member member = participation.member(id, memberId);
        participation.eraseMember(id, memberId);
        flash.success(redirect, "participation.member.erased");
        return "redirect:" + ParticipationViews.councilUrl(id, member.getCouncilId());
    }

    private String formView(Workspace workspace, AccountPrincipal me, Council council, Model model) {
        views.common(model, workspace, me);
        model.addAttribute("council", council);
        model.addAttribute("qpvNames", views.qpvNames(council));
        model.addAttribute("breadcrumb", views.crumbs(workspace, council, views.text("participation.member.newTitle"), null));
        return "participation/member-form";
    }
}
