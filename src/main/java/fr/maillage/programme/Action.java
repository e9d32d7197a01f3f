package fr.maillage.programme;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A fiche action: one action of a workspace's plan, carried by an organisation of the directory,
 * serving objectives of the strategy tree. Its fields are set only through {@link ActionDraft}s
 * that {@link ProgrammeManagement} has checked.
 */
@Entity
@Table(name = "programme_action")
@Audited("action")
public class Action implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private String title;
    private Long carrierId;

    @ElementCollection
    @CollectionTable(name = "programme_action_partner", joinColumns = @JoinColumn(name = "action_id"))
    private Set<ActionPartner> partners = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "programme_action_objective", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "objective_id")
    private Set<Long> objectiveIds = new HashSet<>();

    private String description;

    @ElementCollection
    @CollectionTable(name = "programme_action_age_band", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "age_band")
    @Enumerated(EnumType.STRING)
    private Set<AgeBand> ageBands = new HashSet<>();

    private Integer expectedParticipants;

    @Enumerated(EnumType.STRING)
    private TargetGender gender;

    private Integer expectedFemales;
    private Integer expectedMales;

    @ElementCollection
    @CollectionTable(name = "programme_action_qpv", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "qpv_code")
    private Set<String> qpvCodes = new HashSet<>();

    private LocalDate startDate;
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    @Column(name = "action_year")
    private int year;

    private boolean multiYear;
    private Integer lastYear;
    private BigDecimal budget;
    private Long referentUserId;
    private Long previousActionId;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private long version;

    protected Action() {
    }

    /** A new action from a checked draft; the description is already sanitised. */
    Action(Long workspaceId, ActionDraft draft, String safeDescription, Long previousActionId) {
        this.workspaceId = workspaceId;
        this.previousActionId = previousActionId;
        this.createdAt = Instant.now();
        describe(draft, safeDescription);
    }

    /**
     * Replaces the fiche's content with a checked draft.
     *
     * @return whether the action has just become {@link ActionStatus#REALISEE}
     */
    boolean describe(ActionDraft d, String safeDescription) {
        boolean completedNow = d.status() == ActionStatus.REALISEE && status != ActionStatus.REALISEE;
        this.title = d.title().strip();
        this.carrierId = d.carrierId();
        this.partners.clear();
        this.partners.addAll(d.partners().stream()
                .map(p -> new ActionPartner(p.organisationId(), blankToNull(p.role()))).toList());
        this.objectiveIds.clear();
        this.objectiveIds.addAll(d.objectiveIds());
        this.description = safeDescription;
        this.ageBands.clear();
        this.ageBands.addAll(d.ageBands());
        this.expectedParticipants = d.expectedParticipants();
        this.gender = d.gender();
        this.expectedFemales = d.gender() == TargetGender.PAR_GENRE ? d.expectedFemales() : null;
        this.expectedMales = d.gender() == TargetGender.PAR_GENRE ? d.expectedMales() : null;
        this.qpvCodes.clear();
        this.qpvCodes.addAll(d.qpvCodes());
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.status = d.status();
        this.year = d.year();
        this.multiYear = d.multiYear();
        this.lastYear = d.multiYear() ? d.lastYear() : null;
        this.budget = d.budget() == null ? null : d.budget().setScale(2, RoundingMode.HALF_UP);
        this.referentUserId = d.referentUserId();
        this.updatedAt = Instant.now();
        return completedNow;
    }

    /** The draft this action would be written from, e.g. to fill an edit form. */
    public ActionDraft draft() {
        return new ActionDraft(title, carrierId, getPartners(), Set.copyOf(objectiveIds), description,
                Set.copyOf(ageBands), expectedParticipants, gender, expectedFemales, expectedMales,
                Set.copyOf(qpvCodes), startDate, endDate, status, year, multiYear, lastYear, budget, referentUserId);
    }

    /** Moves the organisation references of a merged duplicate to the organisation kept. */
    void replaceOrganisation(Long removedId, Long keptId) {
        if (removedId.equals(carrierId)) {
            carrierId = keptId;
        }
        List<ActionPartner> moved = partners.stream()
                .map(p -> p.organisationId().equals(removedId) ? new ActionPartner(keptId, p.role()) : p).toList();
        partners.clear();
        moved.stream().filter(p -> !p.organisationId().equals(carrierId)).forEach(p -> {
            if (partners.stream().noneMatch(q -> q.organisationId().equals(p.organisationId()))) {
                partners.add(p);
            }
        });
    }

    java.util.Collection<ActionPartner> partnersForLoading() {
        return partners;
    }

    java.util.Collection<Long> objectiveIdsForLoading() {
        return objectiveIds;
    }

    java.util.Collection<String> qpvCodesForLoading() {
        return qpvCodes;
    }

    java.util.Collection<AgeBand> ageBandsForLoading() {
        return ageBands;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getTitle() {
        return title;
    }

    /** The organisation of the directory that carries the action (porteur). */
    public Long getCarrierId() {
        return carrierId;
    }

    /** Partners by organisation id. */
    public List<ActionPartner> getPartners() {
        List<ActionPartner> list = new ArrayList<>(partners);
        list.sort(Comparator.comparing(ActionPartner::organisationId));
        return list;
    }

    public Set<Long> getObjectiveIds() {
        return Set.copyOf(objectiveIds);
    }

    /** Sanitised HTML. */
    public String getDescription() {
        return description;
    }

    /** The age bands in their natural order. */
    public List<AgeBand> getAgeBands() {
        return ageBands.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(ageBands));
    }

    public Integer getExpectedParticipants() {
        return expectedParticipants;
    }

    public TargetGender getGender() {
        return gender;
    }

    public Integer getExpectedFemales() {
        return expectedFemales;
    }

    public Integer getExpectedMales() {
        return expectedMales;
    }

    public List<String> getQpvCodes() {
        return qpvCodes.stream().sorted().toList();
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public int getYear() {
        return year;
    }

    public boolean isMultiYear() {
        return multiYear;
    }

    public Integer getLastYear() {
        return lastYear;
    }

    /** The years the action covers: its year, or year to last year for a multi-year action. */
    public List<Integer> getYears() {
        int last = multiYear && lastYear != null ? lastYear : year;
        return IntStream.rangeClosed(year, Math.max(year, last)).boxed().toList();
    }

    /** Total budget in euros, scale 2, or null when not given. */
    public BigDecimal getBudget() {
        return budget;
    }

    /** The member of the workspace the action is assigned to (référent), or null. */
    public Long getReferentUserId() {
        return referentUserId;
    }

    /** The action of the year before this one was duplicated from, or null. */
    public Long getPreviousActionId() {
        return previousActionId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return title;
    }
}
