package fr.maillage.programme;

import fr.maillage.directory.DirectoryManagement;
import fr.maillage.directory.OrganisationsMerged;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.text.RichText;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import fr.maillage.territory.TerritoryRef;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Hibernate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme's use cases and its API for the other modules: the strategy tree as it stands, and
 * the fiches actions (create, change, duplicate into next year, list with filters). Every method
 * names the workspace, and a record of another workspace is "not found". Actions returned have
 * their collections loaded, so they can be read outside the transaction.
 */
@Service
@Transactional
public class ProgrammeManagement {

    /** Timeline kind recorded on the carrier's directory page. */
    public static final String TIMELINE_ACTION = "PROGRAMME_ACTION";

    private final Axes axes;
    private final Objectives objectives;
    private final Actions actions;
    private final ActionChecks checks;
    private final DirectoryManagement directory;
    private final TerritoryDirectory territories;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    ProgrammeManagement(Axes axes, Objectives objectives, Actions actions, ActionChecks checks,
            DirectoryManagement directory, TerritoryDirectory territories, ApplicationEventPublisher events,
            MessageSource messages) {
        this.axes = axes;
        this.objectives = objectives;
        this.actions = actions;
        this.checks = checks;
        this.directory = directory;
        this.territories = territories;
        this.events = events;
        this.messages = messages;
    }

    /** The axes of the workspace in their order. */
    @Transactional(readOnly = true)
    public List<Axis> axes(Long workspaceId) {
        return axes.findByWorkspaceIdOrderByPositionAscIdAsc(workspaceId);
    }

    /** Every objective of the workspace in tree order (axis, strategic objective, its operational ones). */
    @Transactional(readOnly = true)
    public List<Objective> objectives(Long workspaceId) {
        return strategy(workspaceId).objectivesInOrder();
    }

    @Transactional(readOnly = true)
    public StrategyTree strategy(Long workspaceId) {
        return StrategyTree.of(axes(workspaceId), objectives.findByWorkspaceIdOrderByPositionAscIdAsc(workspaceId));
    }

    /**
     * Creates a fiche action after checking it; the carrier's directory timeline records it.
     *
     * @throws InvalidActionException when a rule is broken
     */
    public Action createAction(Long workspaceId, ActionDraft draft) {
        return create(workspaceId, draft, null);
    }

    /**
     * Changes a fiche action as the user saw it.
     *
     * @param expectedVersion the version the user's form was built from; another one means someone
     *                        saved in between, and the change is refused rather than lost
     */
    public Action updateAction(Long workspaceId, Long actionId, long expectedVersion, ActionDraft draft) {
        Action action = action(workspaceId, actionId);
        if (action.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Action.class, actionId);
        }
        checks.require(workspaceId, draft);
        Long previousCarrier = action.getCarrierId();
        boolean completed = action.describe(draft, RichText.sanitize(draft.description()));
        if (!draft.carrierId().equals(previousCarrier)) {
            recordOnCarrier(action);
        }
        if (completed) {
            events.publishEvent(new ActionCompleted(workspaceId, actionId, action.getTitle(), action.getCarrierId(),
                    action.getYear()));
        }
        publishSearchable(action);
        return action;
    }

    /**
     * Copies an action into the next year: same content, year + 1, dates shifted by one year,
     * status "en projet", linked to the original.
     */
    public Action duplicateIntoNextYear(Long workspaceId, Long actionId) {
        Action source = action(workspaceId, actionId);
        ActionDraft d = source.draft();
        LocalDate start = d.startDate() == null ? null : d.startDate().plusYears(1);
        LocalDate end = d.endDate() == null ? null : d.endDate().plusYears(1);
        Integer lastYear = d.multiYear() && d.lastYear() != null ? Integer.valueOf(d.lastYear() + 1) : null;
        ActionDraft next = new ActionDraft(d.title(), d.carrierId(), d.partners(), d.objectiveIds(), d.description(),
                d.ageBands(), d.expectedParticipants(), d.gender(), d.expectedFemales(), d.expectedMales(),
                d.qpvCodes(), start, end, ActionStatus.EN_PROJET, d.year() + 1, d.multiYear(), lastYear, d.budget(),
                d.referentUserId());
        return create(workspaceId, next, source.getId());
    }

    /** An action of the workspace; one of another workspace is not found. */
    @Transactional(readOnly = true)
    public Action action(Long workspaceId, Long actionId) {
        return findAction(workspaceId, actionId).orElseThrow(() -> new NotFoundException("action " + actionId));
    }

    @Transactional(readOnly = true)
    public Optional<Action> findAction(Long workspaceId, Long actionId) {
        return actions.findByIdAndWorkspaceId(actionId, workspaceId).map(ProgrammeManagement::loaded);
    }

    /** The actions of the workspace matching the filters, latest year first, then by title. */
    @Transactional(readOnly = true)
    public Page<Action> actions(Long workspaceId, ActionFilters filters, Pageable pageable) {
        ActionFilters f = filters == null ? ActionFilters.none() : filters;
        List<Long> objectiveIds = null;
        if (f.objectiveId() != null) {
            objectiveIds = withChildren(workspaceId, f.objectiveId());
        } else if (f.axisId() != null) {
            objectiveIds = objectives.findByWorkspaceIdAndAxisId(workspaceId, f.axisId()).stream()
                    .map(Objective::getId).toList();
        }
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("year"), Sort.Order.asc("title"), Sort.Order.asc("id")));
        Page<Action> page = actions.findAll(ActionSpecifications.of(workspaceId, f, objectiveIds), sorted);
        page.getContent().forEach(ProgrammeManagement::loaded);
        return page;
    }

    /** Actions of the workspace whose title contains the words, for pickers and links. */
    @Transactional(readOnly = true)
    public List<Action> searchByTitle(Long workspaceId, String query, int limit) {
        String pattern = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        return actions.findByTitle(workspaceId, pattern, PageRequest.of(0, Math.max(1, limit)));
    }

    /** The years that have actions in the workspace, latest first. */
    @Transactional(readOnly = true)
    public List<Integer> years(Long workspaceId) {
        return actions.yearsOf(workspaceId);
    }

    /** The action duplicated from this one into the next year, if any. */
    @Transactional(readOnly = true)
    public Optional<Action> nextYearOf(Long workspaceId, Long actionId) {
        return actions.findFirstByPreviousActionId(actionId).filter(a -> a.getWorkspaceId().equals(workspaceId));
    }

    /** The QPV code → name an action of the workspace may concern. */
    @Transactional(readOnly = true)
    public Map<String, String> qpvChoices(Long workspaceId) {
        return checks.qpvChoices(workspaceId);
    }

    /** Moves the actions' references from a merged duplicate organisation to the one kept. */
    @EventListener
    public void on(OrganisationsMerged merged) {
        actions.involving(merged.removedId()).forEach(a -> a.replaceOrganisation(merged.removedId(), merged.keptId()));
    }

    private Action create(Long workspaceId, ActionDraft draft, Long previousActionId) {
        checks.require(workspaceId, draft);
        Action action = actions.save(new Action(workspaceId, draft, RichText.sanitize(draft.description()),
                previousActionId));
        recordOnCarrier(action);
        if (action.getStatus() == ActionStatus.REALISEE) {
            events.publishEvent(new ActionCompleted(workspaceId, action.getId(), action.getTitle(),
                    action.getCarrierId(), action.getYear()));
        }
        publishSearchable(action);
        return action;
    }

    private void recordOnCarrier(Action action) {
        directory.record(action.getCarrierId(), action.getWorkspaceId(), TIMELINE_ACTION,
                text("programme.timeline.action", action.getTitle(), String.valueOf(action.getYear())),
                url(action));
    }

    private void publishSearchable(Action action) {
        List<String> places = new ArrayList<>();
        territories.findAll(TerritoryKind.QPV, action.getQpvCodes()).values().stream().map(TerritoryRef::name)
                .sorted().forEach(places::add);
        events.publishEvent(new SearchableContent("action", action.getId(), action.getWorkspaceId(), false,
                action.getTitle(), RichText.plain(action.getDescription()), List.of(), places, action.getYear(),
                url(action)));
    }

    private List<Long> withChildren(Long workspaceId, Long objectiveId) {
        List<Long> ids = new ArrayList<>();
        objectives.findByWorkspaceIdOrderByPositionAscIdAsc(workspaceId).forEach(o -> {
            if (o.getId().equals(objectiveId) || objectiveId.equals(o.getParentId())) {
                ids.add(o.getId());
            }
        });
        return ids;
    }

    static String url(Action action) {
        return "/espaces/" + action.getWorkspaceId() + "/actions/" + action.getId();
    }

    private static Action loaded(Action action) {
        Hibernate.initialize(action.partnersForLoading());
        Hibernate.initialize(action.objectiveIdsForLoading());
        Hibernate.initialize(action.qpvCodesForLoading());
        Hibernate.initialize(action.ageBandsForLoading());
        return action;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
