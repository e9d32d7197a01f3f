package fr.maillage.funding.web;

import fr.maillage.account.AccountPrincipal;
import fr.maillage.funding.Application;
import fr.maillage.funding.ApplicationInstruction;
import fr.maillage.funding.DecisionKind;
import fr.maillage.funding.FundingAction;
import fr.maillage.funding.FundingManagement;
import fr.maillage.funding.FundingStatus;
import fr.maillage.funding.Opinion;
import fr.maillage.funding.PaymentKind;
import fr.maillage.funding.ReportKind;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.Flash;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The instruction acts posted from an application's page (and the COPIL bulk validation from the
 * list). Each act is one use case; a refused act comes back to the page with its French reason.
 */
@Controller
class InstructionController {

    private final FundingGate gate;
    private final FundingManagement funding;
    private final ApplicationInstruction instruction;
    private final Flash flash;
    private final MessageSource messages;

    InstructionController(FundingGate gate, FundingManagement funding, ApplicationInstruction instruction, Flash flash,
            MessageSource messages) {
        this.gate = gate;
        this.funding = funding;
        this.instruction = instruction;
        this.flash = flash;
        this.messages = messages;
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/transition")
    String transition(@PathVariable Long id, @PathVariable Long applicationId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam FundingStatus target,
            @RequestParam(required = false) Long lineId, @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        Application application = funding.application(id, applicationId);
        FundingAction needed = target == FundingStatus.DEPOSE ? FundingAction.EDIT_APPLICATION : FundingAction.INSTRUCT;
        gate.require(id, me, needed, application);
        return run(id, applicationId, redirect, "funding.transition.done",
                () -> instruction.move(id, applicationId, lineId, target, comment, FundingGate.actor(me)));
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/pieces")
    String requestPieces(@PathVariable Long id, @PathVariable Long applicationId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String pieces,
            RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.INSTRUCT);
        return run(id, applicationId, redirect, "funding.pieces.requested",
                () -> instruction.requestPieces(id, applicationId, pieces, FundingGate.actor(me)));
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/notation")
    String score(@PathVariable Long id, @PathVariable Long applicationId, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.INSTRUCT);
        Map<Integer, Integer> scores = new HashMap<>();
        params.forEach((key, value) -> {
            if (key.startsWith("score") && !value.isBlank()) {
                try {
                    scores.put(Integer.parseInt(key.substring(5)), Integer.parseInt(value.strip()));
                } catch (NumberFormatException e) {
                    throw new BusinessRuleException("funding.score.notNumber");
                }
            }
        });
        return run(id, applicationId, redirect, "funding.score.saved",
                () -> instruction.score(id, applicationId, scores, FundingGate.actor(me)));
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/lignes/{lineId}/avis")
    String opinion(@PathVariable Long id, @PathVariable Long applicationId, @PathVariable Long lineId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam Opinion opinion,
            @RequestParam(required = false) BigDecimal proposed, @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.INSTRUCT);
        return run(id, applicationId, redirect, "funding.opinion.saved", () -> instruction.giveOpinion(id,
                applicationId, lineId, opinion, proposed, comment, FundingGate.actor(me)));
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/lignes/{lineId}/valider")
    String validate(@PathVariable Long id, @PathVariable Long applicationId, @PathVariable Long lineId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) BigDecimal amount,
            @RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.INSTRUCT);
        return run(id, applicationId, redirect, "funding.line.validated",
                () -> instruction.validate(id, applicationId, lineId, amount, comment, FundingGate.actor(me)));
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/lignes/{lineId}/decision")
    String decision(@PathVariable Long id, @PathVariable Long applicationId, @PathVariable Long lineId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam DecisionKind kind,
            @RequestParam(defaultValue = "") String reference,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate signedOn,
            @RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) Integer firstYear,
            @RequestParam(required = false) Integer lastYear, @RequestParam(defaultValue = "") String paymentTerms,
            RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.RECORD_GRANTS);
        return run(id, applicationId, redirect, "funding.decision.saved", () -> {
            if (reference.isBlank() || signedOn == null) {
                throw new BusinessRuleException("funding.decision.incomplete");
            }
            instruction.recordDecision(id, applicationId, lineId, kind, reference, signedOn, amount, firstYear,
                    lastYear, paymentTerms, FundingGate.actor(me));
        });
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/lignes/{lineId}/versement")
    String payment(@PathVariable Long id, @PathVariable Long applicationId, @PathVariable Long lineId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam PaymentKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
            @RequestParam(required = false) BigDecimal amount, RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.RECORD_GRANTS);
        return run(id, applicationId, redirect, "funding.payment.saved", () -> instruction.recordPayment(id,
                applicationId, lineId, kind, paidOn == null ? LocalDate.now() : paidOn, amount, FundingGate.actor(me)));
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/rapports")
    String expectReport(@PathVariable Long id, @PathVariable Long applicationId,
            @AuthenticationPrincipal AccountPrincipal me, @RequestParam ReportKind kind, RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.RECORD_GRANTS);
        return run(id, applicationId, redirect, "funding.report.expected",
                () -> instruction.expectReport(id, applicationId, kind, FundingGate.actor(me)));
    }

    @PostMapping("/espaces/{id}/financements/dossiers/{applicationId}/rapports/{reportId}/recu")
    String receiveReport(@PathVariable Long id, @PathVariable Long applicationId, @PathVariable Long reportId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
            RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.RECORD_GRANTS);
        return run(id, applicationId, redirect, "funding.report.received", () -> instruction.receiveReport(id,
                applicationId, reportId, receivedOn == null ? LocalDate.now() : receivedOn, FundingGate.actor(me)));
    }

    @PostMapping("/espaces/{id}/financements/dossiers/valider-programmation")
    String validateProgramme(@PathVariable Long id, @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "selection", required = false) List<Long> selection,
            @RequestParam(defaultValue = "") String comment, @RequestParam(defaultValue = "") String back,
            RedirectAttributes redirect) {
        gate.require(id, me, FundingAction.INSTRUCT);
        String target = back.startsWith(FundingViews.base(id) + "/dossiers") ? back : FundingViews.base(id) + "/dossiers";
        if (selection == null || selection.isEmpty()) {
            flash.error(redirect, "funding.programme.noSelection");
            return "redirect:" + target;
        }
        try {
            ApplicationInstruction.ProgrammeOutcome outcome = instruction.validateProgramme(id, selection,
                    comment.isBlank() ? flash.text("funding.programme.defaultComment") : comment, FundingGate.actor(me));
            flash.success(redirect, "funding.programme.validated", outcome.validated(), outcome.refused());
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", text(e));
        }
        return "redirect:" + target;
    }

    private String run(Long id, Long applicationId, RedirectAttributes redirect, String successKey, Runnable act) {
        try {
            act.run();
            flash.success(redirect, successKey);
        } catch (BusinessRuleException e) {
            redirect.addFlashAttribute("flashError", text(e));
        }
        return "redirect:" + FundingViews.base(id) + "/dossiers/" + applicationId;
    }

    private String text(BusinessRuleException e) {
        return messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale());
    }
}
