package fr.maillage.funding;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The instruction of applications, one business act per method: deposit, pieces requested,
 * admissibility, COTECH scoring and opinions, COPIL validation, decisions, payments and reports.
 * Every status change goes through {@link FundingLifecycle}, is written to the application's
 * timeline as a {@link Transition} and published as {@link ApplicationStatusChanged}.
 */
@Service
@Transactional
public class ApplicationInstruction {

    /** Above this amount décret 2001-495 requires a convention with a private body. */
    public static final BigDecimal CONVENTION_THRESHOLD = new BigDecimal("23000.00");

    private final FundingManagement funding;
    private final FundingLines lines;
    private final Transitions transitions;
    private final FundingDecisions decisions;
    private final Payments payments;
    private final Reports reports;
    private final Calls calls;
    private final EnvelopeManagement envelopes;
    private final DirectoryManagement directory;
    private final ApplicationEventPublisher events;

    ApplicationInstruction(FundingManagement funding, FundingLines lines, Transitions transitions, FundingDecisions decisions,
            Payments payments, Reports reports, Calls calls, EnvelopeManagement envelopes,
            DirectoryManagement directory, ApplicationEventPublisher events) {
        this.funding = funding;
        this.lines = lines;
        this.transitions = transitions;
        this.decisions = decisions;
        this.payments = payments;
        this.reports = reports;
        this.calls = calls;
        this.envelopes = envelopes;
        this.directory = directory;
        this.events = events;
    }

    /**
     * Moves one line, or every line of the application when {@code lineId} is null, to the target
     * status. A line that cannot make that move refuses it (for all lines: when none can).
     */
    public void move(Long workspaceId, Long applicationId, Long lineId, FundingStatus target, String comment,
            Actor actor) {
        Application application = funding.application(workspaceId, applicationId);
        List<FundingLine> concerned = lineId == null ? lines.findByApplicationIdOrderByFunder(applicationId)
                : List.of(line(application, lineId));
        List<FundingLine> movable = concerned.stream()
                .filter(l -> FundingLifecycle.allows(l.getStatus(), target)).toList();
        if (movable.isEmpty()) {
            FundingStatus from = concerned.isEmpty() ? FundingStatus.BROUILLON : concerned.get(0).getStatus();
            FundingLifecycle.require(from, target);
        }
        for (FundingLine line : movable) {
            apply(application, line, target, comment, actor);
        }
        if (target == FundingStatus.DEPOSE) {
            directory.record(application.getCarrierId(), workspaceId, "FUNDING_APPLICATION_FILED",
                    "Dossier de subvention " + application.label() + " déposé", FundingManagement.link(application));
        }
    }

    /** Sends the dossier back to the carrier with the list of missing pieces, one per line. */
    public void requestPieces(Long workspaceId, Long applicationId, String pieces, Actor actor) {
        if (pieces == null || pieces.isBlank()) {
            throw new BusinessRuleException("funding.pieces.required");
        }
        move(workspaceId, applicationId, null, FundingStatus.A_COMPLETER, pieces, actor);
    }

    /** The COTECH's scores on the call's grid. */
    public void score(Long workspaceId, Long applicationId, Map<Integer, Integer> scores, Actor actor) {
        Application application = funding.application(workspaceId, applicationId);
        if (application.getCallId() == null) {
            throw new BusinessRuleException("funding.score.noCall");
        }
        CallForProjects call = calls.findByIdAndWorkspaceId(application.getCallId(), workspaceId)
                .orElseThrow(() -> new NotFoundException("call " + application.getCallId()));
        application.score(scores, call);
        note(application, null, "Notation COTECH : " + call.total(scores) + " / " + call.maxTotal(), actor);
    }

    /**
     * One funder's COTECH opinion and proposed amount; a receivable line becomes instructed, an
     * instructed one has its opinion revised.
     */
    public void giveOpinion(Long workspaceId, Long applicationId, Long lineId, Opinion opinion, BigDecimal proposed,
            String comment, Actor actor) {
        Application application = funding.application(workspaceId, applicationId);
        FundingLine line = line(application, lineId);
        if (line.getStatus() != FundingStatus.RECEVABLE && line.getStatus() != FundingStatus.INSTRUIT) {
            throw new BusinessRuleException("funding.opinion.notReceivable", FundingLabels.status(line.getStatus()));
        }
        line.giveOpinion(opinion, proposed, comment);
        String text = "Avis COTECH " + line.getFunder().getLabel() + " : " + opinion.name().toLowerCase()
                + " (" + Money.format(line.getProposed()) + ")" + (comment == null || comment.isBlank() ? "" : " — " + comment);
        if (line.getStatus() == FundingStatus.RECEVABLE) {
            step(application, line, FundingStatus.INSTRUIT, text, actor);
        } else {
            note(application, line, text, actor);
        }
    }

    /** The COPIL validates one funder's line for the amount given (the proposal when null). */
    public void validate(Long workspaceId, Long applicationId, Long lineId, BigDecimal amount, String comment,
            Actor actor) {
        Application application = funding.application(workspaceId, applicationId);
        FundingLine line = line(application, lineId);
        FundingLifecycle.require(line.getStatus(), FundingStatus.VALIDE);
        grant(line, amount == null ? line.proposedOrRequested() : amount);
        step(application, line, FundingStatus.VALIDE, comment, actor);
    }

    /**
     * "Valider la programmation telle que proposée": every instructed line of the applications is
     * validated for its proposed amount, or refused when the COTECH proposed nothing.
     *
     * @return how many lines were validated and refused
     */
    public ProgrammeOutcome validateProgramme(Long workspaceId, Collection<Long> applicationIds, String comment,
            Actor actor) {
        int validated = 0;
        int refused = 0;
        for (Long id : applicationIds) {
            Application application = funding.application(workspaceId, id);
            for (FundingLine line : lines.findByApplicationIdOrderByFunder(id)) {
                if (line.getStatus() != FundingStatus.INSTRUIT) {
                    continue;
                }
                BigDecimal amount = line.proposedOrRequested();
                if (line.getOpinion() == Opinion.DEFAVORABLE || amount.signum() == 0) {
                    line.refuse();
                    step(application, line, FundingStatus.REFUSE, comment, actor);
                    refused++;
                } else {
                    grant(line, amount);
                    step(application, line, FundingStatus.VALIDE, comment, actor);
                    validated++;
                }
            }
        }
        return new ProgrammeOutcome(validated, refused);
    }

    /** How a bulk validation went. */
    public record ProgrammeOutcome(int validated, int refused) {
    }

    /**
     * The COPIL meeting recorded in governance validated these applications: their proposed lines are
     * validated and the meeting appears on each timeline.
     */
    public ProgrammeOutcome applyCopil(Long workspaceId, List<Long> applicationIds, String label, LocalDate date) {
        Actor copil = Actor.system(label);
        String comment = "Séance du " + date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + " : " + label;
        List<Long> ours = applicationIds.stream()
                .filter(id -> funding.applicationsExist(workspaceId, id)).toList();
        for (Long id : ours) {
            note(funding.application(workspaceId, id), null, comment, copil);
        }
        return validateProgramme(workspaceId, ours, comment, copil);
    }

    /**
     * Records the act granting a line and notifies it. Above 23,000 € an arrêté alone is refused: a
     * convention (or CPO) is mandatory.
     */
    public Decision recordDecision(Long workspaceId, Long applicationId, Long lineId, DecisionKind kind,
            String reference, LocalDate signedOn, BigDecimal amount, Integer firstYear, Integer lastYear,
            String paymentTerms, Actor actor) {
        Application application = funding.application(workspaceId, applicationId);
        FundingLine line = line(application, lineId);
        FundingLifecycle.require(line.getStatus(), FundingStatus.NOTIFIE);
        BigDecimal granted = amount == null ? line.getGranted() : Money.of(amount);
        if (!kind.isAgreement() && granted.compareTo(CONVENTION_THRESHOLD) > 0) {
            throw new BusinessRuleException("funding.decision.conventionRequired", Money.format(granted));
        }
        if (kind == DecisionKind.CPO && (firstYear == null || lastYear == null || lastYear < firstYear)) {
            throw new BusinessRuleException("funding.decision.cpoYears");
        }
        if (granted.compareTo(line.getGranted()) != 0) {
            grant(line, granted);
        }
        Decision decision = decisions.save(new Decision(line, kind, reference, signedOn, granted,
                firstYear, lastYear, paymentTerms));
        step(application, line, FundingStatus.NOTIFIE, decisionLabel(kind) + " " + decision.getReference()
                + " du " + signedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")), actor);
        if (!reports.existsByApplicationIdAndKind(applicationId, ReportKind.COMPTE_RENDU_FINANCIER)) {
            reports.save(new Report(application, ReportKind.COMPTE_RENDU_FINANCIER));
        }
        return decision;
    }

    /**
     * Records a payment; the line becomes partly or fully paid. The payments never exceed the grant.
     */
    public Payment recordPayment(Long workspaceId, Long applicationId, Long lineId, PaymentKind kind, LocalDate paidOn,
            BigDecimal amount, Actor actor) {
        Application application = funding.application(workspaceId, applicationId);
        FundingLine line = line(application, lineId);
        if (line.getStatus() != FundingStatus.NOTIFIE && line.getStatus() != FundingStatus.VERSE_PARTIELLEMENT) {
            throw new BusinessRuleException("funding.payment.notNotified", FundingLabels.status(line.getStatus()));
        }
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessRuleException("funding.payment.positive");
        }
        BigDecimal remaining = line.remainingToPay();
        if (Money.of(amount).compareTo(remaining) > 0) {
            throw new BusinessRuleException("funding.payment.exceedsGrant", Money.format(amount),
                    Money.format(line.getGranted()), Money.format(remaining));
        }
        Payment payment = payments.save(new Payment(line, kind, paidOn, amount));
        line.addPaid(payment.getAmount());
        FundingStatus target = line.remainingToPay().signum() == 0 ? FundingStatus.VERSE
                : FundingStatus.VERSE_PARTIELLEMENT;
        String text = paymentLabel(kind) + " de " + Money.format(payment.getAmount()) + " versé le "
                + paidOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        if (target != line.getStatus()) {
            step(application, line, target, text, actor);
        } else {
            note(application, line, text, actor);
        }
        return payment;
    }

    /** Asks the carrier for a report besides the financial one (e.g. the bilan). */
    public Report expectReport(Long workspaceId, Long applicationId, ReportKind kind, Actor actor) {
        Application application = funding.application(workspaceId, applicationId);
        if (reports.existsByApplicationIdAndKind(applicationId, kind)) {
            throw new BusinessRuleException("funding.report.exists");
        }
        return reports.save(new Report(application, kind));
    }

    /** The carrier's report arrived; fully paid lines become justified once every report is in. */
    public void receiveReport(Long workspaceId, Long applicationId, Long reportId, LocalDate receivedOn, Actor actor) {
        Application application = funding.application(workspaceId, applicationId);
        Report report = reports.findById(reportId).filter(r -> r.getApplicationId().equals(applicationId))
                .orElseThrow(() -> new NotFoundException("report " + reportId));
        report.receive(receivedOn);
        boolean allIn = reports.findByApplicationIdOrderByDueDate(applicationId).stream()
                .allMatch(r -> r.getReceivedOn() != null);
        String text = (report.getKind() == ReportKind.BILAN ? "Bilan" : "Compte rendu financier") + " reçu le "
                + receivedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        note(application, null, text, actor);
        if (allIn) {
            for (FundingLine line : lines.findByApplicationIdOrderByFunder(applicationId)) {
                if (line.getStatus() == FundingStatus.VERSE) {
                    step(application, line, FundingStatus.JUSTIFIE, text, actor);
                }
            }
        }
    }

    @Transactional(readOnly = true)
    public List<Decision> decisions(Collection<Long> lineIds) {
        return lineIds.isEmpty() ? List.of() : decisions.findByLineIdInOrderBySignedOn(lineIds);
    }

    @Transactional(readOnly = true)
    public List<Payment> payments(Collection<Long> lineIds) {
        return lineIds.isEmpty() ? List.of() : payments.findByLineIdInOrderByPaidOn(lineIds);
    }

    @Transactional(readOnly = true)
    public List<Report> reports(Long applicationId) {
        return reports.findByApplicationIdOrderByDueDate(applicationId);
    }

    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Report> overdueReports(Long workspaceId, LocalDate today,
            org.springframework.data.domain.Pageable pageable) {
        return reports.overdue(workspaceId, today, pageable);
    }

    private void apply(Application application, FundingLine line, FundingStatus target, String comment, Actor actor) {
        switch (target) {
            case VALIDE -> grant(line, line.proposedOrRequested());
            case REFUSE -> line.refuse();
            case INSTRUIT -> {
                if (line.getStatus() == FundingStatus.VALIDE || line.getStatus() == FundingStatus.REFUSE) {
                    line.refuse();
                }
            }
            case A_COMPLETER -> application.requestPieces(comment);
            case DEPOSE -> application.requestPieces(null);
            default -> {
            }
        }
        step(application, line, target, comment, actor);
    }

    private void grant(FundingLine line, BigDecimal amount) {
        envelopes.requireRoomFor(line, amount);
        line.grant(amount);
    }

    private void step(Application application, FundingLine line, FundingStatus target, String comment, Actor actor) {
        FundingStatus from = line.getStatus();
        line.moveTo(target);
        transitions.save(new Transition(application.getId(), line, from, target, actor, comment));
        events.publishEvent(new ApplicationStatusChanged(application.getWorkspaceId(), application.getId(),
                application.getReference(), line.getId(), line.getFunder(), from, target));
    }

    private void note(Application application, FundingLine line, String text, Actor actor) {
        Transition note = new Transition(application.getId(), line, null, null, actor, text);
        transitions.save(note);
    }

    private FundingLine line(Application application, Long lineId) {
        return lines.findById(lineId).filter(l -> l.getApplicationId().equals(application.getId()))
                .orElseThrow(() -> new NotFoundException("line " + lineId));
    }

    private static String decisionLabel(DecisionKind kind) {
        return switch (kind) {
            case ARRETE -> "Arrêté";
            case CONVENTION -> "Convention";
            case CPO -> "Convention pluriannuelle d'objectifs";
        };
    }

    private static String paymentLabel(PaymentKind kind) {
        return switch (kind) {
            case AVANCE -> "Avance";
            case ACOMPTE -> "Acompte";
            case SOLDE -> "Solde";
        };
    }
}
