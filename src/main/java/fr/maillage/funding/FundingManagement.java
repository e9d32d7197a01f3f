package fr.maillage.funding;

import fr.maillage.directory.Contact;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.Organisation;
import fr.maillage.programme.Action;
import fr.maillage.programme.ActionDraft;
import fr.maillage.programme.ActionFilters;
import fr.maillage.programme.ProgrammeManagement;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.text.RichText;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases that describe calls for projects and applications. The instruction of applications
 * (statuses, opinions, grants, payments) is {@link ApplicationInstruction}. Every method names the
 * workspace; a record of another workspace is "not found".
 */
@Service
@Transactional
public class FundingManagement {

    /** The statuses in which the carrier's request may still be rewritten. */
    static final Set<FundingStatus> EDITABLE = EnumSet.of(FundingStatus.BROUILLON, FundingStatus.DEPOSE,
            FundingStatus.A_COMPLETER);

    private final Calls calls;
    private final Applications applications;
    private final FundingLines lines;
    private final Transitions transitions;
    private final DirectoryManagement directory;
    private final ProgrammeManagement programme;
    private final ApplicationEventPublisher events;

    FundingManagement(Calls calls, Applications applications, FundingLines lines, Transitions transitions,
            DirectoryManagement directory, ProgrammeManagement programme, ApplicationEventPublisher events) {
        this.programme = programme;
        this.calls = calls;
        this.applications = applications;
        this.lines = lines;
        this.transitions = transitions;
        this.directory = directory;
        this.events = events;
    }

    public CallForProjects createCall(Long workspaceId, CallDetails details) {
        return calls.save(new CallForProjects(workspaceId, sanitised(details)));
    }

    public CallForProjects updateCall(Long workspaceId, Long callId, long expectedVersion, CallDetails details) {
        CallForProjects call = call(workspaceId, callId);
        requireVersion(call.getVersion(), expectedVersion, CallForProjects.class, callId);
        call.describe(sanitised(details));
        return call;
    }

    public void publishCall(Long workspaceId, Long callId) {
        call(workspaceId, callId).publish();
    }

    public void closeCall(Long workspaceId, Long callId) {
        call(workspaceId, callId).close();
    }

    @Transactional(readOnly = true)
    public CallForProjects call(Long workspaceId, Long callId) {
        return calls.findByIdAndWorkspaceId(callId, workspaceId)
                .orElseThrow(() -> new NotFoundException("call " + callId));
    }

    @Transactional(readOnly = true)
    public Page<CallForProjects> calls(Long workspaceId, Pageable pageable) {
        Page<CallForProjects> page = calls.findByWorkspaceIdOrderByYearDescDeadlineDesc(workspaceId, pageable);
        page.getContent().forEach(c -> {
            c.getFunders();
            c.getCriteria();
        });
        return page;
    }

    @Transactional(readOnly = true)
    public List<CallForProjects> allCalls(Long workspaceId) {
        return calls.findByWorkspaceIdOrderByYearDescDeadlineDesc(workspaceId);
    }

    /**
     * Records a new application as a draft, numbered within the workspace and year, with one line
     * per funder its budget asks (account 74).
     */
    public Application createApplication(Long workspaceId, ApplicationDetails details, Actor actor) {
        return createApplication(workspaceId, details, false, actor);
    }

    /**
     * Records a new application; with {@code createAction}, the fiche action it funds is created in
     * the programme from the request (title, carrier, year, dates, QPV) and linked to it.
     */
    public Application createApplication(Long workspaceId, ApplicationDetails details, boolean createAction,
            Actor actor) {
        if (createAction && details.actionId() == null) {
            Action action = programme.createAction(workspaceId, ActionDraft.of(details.title(), details.carrierId(),
                    details.year()).withDates(details.startDate(), details.endDate()).withReferent(
                            details.assignedUserId()));
            details = withAction(details, action.getId());
        }
        details = withAxisOfAction(workspaceId, details);
        check(workspaceId, details);
        int number = applications.lastNumber(workspaceId, details.year()) + 1;
        Application application = applications.save(new Application(workspaceId, number, details));
        syncLines(application, FundingStatus.BROUILLON);
        transitions.save(new Transition(application.getId(), null, null, null, actor, "Dossier enregistré"));
        directory.record(application.getCarrierId(), workspaceId, "FUNDING_APPLICATION_CREATED",
                "Dossier de subvention " + application.label() + " enregistré", link(application));
        publishSearchable(application);
        return application;
    }

    /**
     * Rewrites the request while the carrier may still change it (before admissibility).
     *
     * @param expectedVersion the version the form was built from; another means a concurrent edit
     */
    public Application updateApplication(Long workspaceId, Long applicationId, long expectedVersion,
            ApplicationDetails details, Actor actor) {
        Application application = application(workspaceId, applicationId);
        requireVersion(application.getVersion(), expectedVersion, Application.class, applicationId);
        List<FundingLine> current = lines.findByApplicationIdOrderByFunder(applicationId);
        if (current.stream().anyMatch(l -> !EDITABLE.contains(l.getStatus()))) {
            throw new BusinessRuleException("funding.application.locked");
        }
        details = withAxisOfAction(workspaceId, details);
        check(workspaceId, details);
        application.describe(details);
        FundingStatus status = current.isEmpty() ? FundingStatus.BROUILLON : current.get(0).getStatus();
        syncLines(application, status);
        publishSearchable(application);
        return application;
    }

    /** Ties the application to the fiche action it funds. */
    public void linkAction(Long workspaceId, Long applicationId, Long actionId) {
        application(workspaceId, applicationId).linkAction(actionId);
    }

    @Transactional(readOnly = true)
    public Application application(Long workspaceId, Long applicationId) {
        return applications.findByIdAndWorkspaceId(applicationId, workspaceId)
                .orElseThrow(() -> new NotFoundException("application " + applicationId));
    }

    @Transactional(readOnly = true)
    public boolean applicationsExist(Long workspaceId, Long applicationId) {
        return applications.findByIdAndWorkspaceId(applicationId, workspaceId).isPresent();
    }

    @Transactional(readOnly = true)
    public Page<Application> applications(Long workspaceId, Integer year, Long callId, String text,
            Pageable pageable) {
        String like = text == null || text.isBlank() ? "" : "%" + text.strip().toLowerCase(java.util.Locale.ROOT) + "%";
        Page<Application> page = applications.search(workspaceId, year, callId, like, pageable);
        page.getContent().forEach(a -> {
            a.getQpvCodes();
            a.getBudget();
        });
        return page;
    }

    /** The applications of the workspace among the ids, keyed by id. */
    @Transactional(readOnly = true)
    public Map<Long, Application> applicationsById(Long workspaceId, java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : applications.findByWorkspaceIdAndIdIn(workspaceId, ids).stream()
                .collect(java.util.stream.Collectors.toMap(Application::getId, a -> a));
    }

    @Transactional(readOnly = true)
    public List<Integer> years(Long workspaceId) {
        return applications.years(workspaceId);
    }

    @Transactional(readOnly = true)
    public List<FundingLine> lines(Long applicationId) {
        return lines.findByApplicationIdOrderByFunder(applicationId);
    }

    /** The funding lines of the applications, grouped by application. */
    @Transactional(readOnly = true)
    public Map<Long, List<FundingLine>> linesOf(java.util.Collection<Long> applicationIds) {
        if (applicationIds.isEmpty()) {
            return Map.of();
        }
        return lines.findByApplicationIdIn(applicationIds).stream()
                .sorted(java.util.Comparator.comparing(FundingLine::getFunder))
                .collect(java.util.stream.Collectors.groupingBy(FundingLine::getApplicationId));
    }

    @Transactional(readOnly = true)
    public List<Transition> timeline(Long applicationId) {
        return transitions.findByApplicationIdOrderByOccurredAtDescIdDesc(applicationId);
    }

    @Transactional(readOnly = true)
    public Page<Application> applicationsOfCarrier(Long workspaceId, Long carrierId, Pageable pageable) {
        return applications.findByWorkspaceIdAndCarrierIdOrderByYearDescReferenceDesc(workspaceId, carrierId,
                pageable);
    }

    static String link(Application application) {
        return "/espaces/" + application.getWorkspaceId() + "/financements/dossiers/" + application.getId();
    }

    /** The actions of the workspace an application may fund, latest year first. */
    @Transactional(readOnly = true)
    public List<Action> actionChoices(Long workspaceId, int limit) {
        return programme.actions(workspaceId, ActionFilters.none(),
                org.springframework.data.domain.PageRequest.of(0, limit)).getContent();
    }

    /** The axis of the linked action, when the request names none. */
    private ApplicationDetails withAxisOfAction(Long workspaceId, ApplicationDetails d) {
        if (d.actionId() == null) {
            return d;
        }
        Action action = programme.findAction(workspaceId, d.actionId())
                .orElseThrow(() -> new BusinessRuleException("funding.application.action.unknown"));
        if (d.axisLabel() != null && !d.axisLabel().isBlank()) {
            return d;
        }
        Set<Long> objectiveIds = action.getObjectiveIds();
        String axis = programme.strategy(workspaceId).axes().stream()
                .filter(node -> node.objectives().stream().anyMatch(o -> objectiveIds.contains(o.objective().getId())
                        || o.children().stream().anyMatch(c -> objectiveIds.contains(c.getId()))))
                .map(node -> node.axis().getTitle()).findFirst().orElse(null);
        return new ApplicationDetails(d.callId(), d.year(), d.carrierId(), d.contactId(), d.assignedUserId(),
                d.actionId(), axis, d.title(), d.summary(), d.startDate(), d.endDate(), d.multiYear(), d.renewal(),
                d.qpvCodes(), d.budget());
    }

    private static ApplicationDetails withAction(ApplicationDetails d, Long actionId) {
        return new ApplicationDetails(d.callId(), d.year(), d.carrierId(), d.contactId(), d.assignedUserId(),
                actionId, d.axisLabel(), d.title(), d.summary(), d.startDate(), d.endDate(), d.multiYear(),
                d.renewal(), d.qpvCodes(), d.budget());
    }

    private void check(Long workspaceId, ApplicationDetails details) {
        details.projectBudget().requireValid();
        Map<Long, Organisation> carrier = directory.organisations(List.of(details.carrierId()));
        if (carrier.isEmpty()) {
            throw new BusinessRuleException("funding.application.carrier.unknown");
        }
        if (details.contactId() != null) {
            Contact contact;
            try {
                contact = directory.contact(workspaceId, details.contactId());
            } catch (NotFoundException e) {
                throw new BusinessRuleException("funding.application.contact.unknown");
            }
            if (contact == null) {
                throw new BusinessRuleException("funding.application.contact.unknown");
            }
        }
        if (details.callId() != null) {
            CallForProjects call = calls.findByIdAndWorkspaceId(details.callId(), workspaceId)
                    .orElseThrow(() -> new BusinessRuleException("funding.application.call.unknown"));
            for (Funder funder : details.projectBudget().requestedByFunder().keySet()) {
                if (!call.getFunders().contains(funder)) {
                    throw new BusinessRuleException("funding.application.funder.notEligible", funder.getLabel());
                }
            }
        }
    }

    /** One line per funder asked in the budget: new funders get a line, dropped ones lose theirs. */
    private void syncLines(Application application, FundingStatus status) {
        Map<Funder, BigDecimal> requested = application.projectBudget().requestedByFunder();
        List<FundingLine> current = lines.findByApplicationIdOrderByFunder(application.getId());
        for (FundingLine line : current) {
            BigDecimal amount = requested.remove(line.getFunder());
            if (amount == null) {
                lines.delete(line);
            } else {
                line.request(amount);
            }
        }
        requested.forEach((funder, amount) -> lines.save(new FundingLine(application, funder, amount, status)));
    }

    void publishSearchable(Application application) {
        events.publishEvent(new SearchableContent("application", application.getId(), application.getWorkspaceId(),
                false, application.label(), application.getSummary() == null ? application.getTitle()
                        : application.getTitle() + "\n" + application.getSummary(),
                List.of(), List.copyOf(application.getQpvCodes()), application.getYear(), link(application)));
    }

    private static CallDetails sanitised(CallDetails d) {
        return new CallDetails(d.year(), d.title(), RichText.sanitize(d.priorities()), d.openingDate(), d.deadline(),
                d.funders(), d.criteria(), d.aidScheme());
    }

    private static void requireVersion(long actual, long expected, Class<?> type, Long id) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
