package fr.maillage.funding;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A dossier de demande de subvention (CERFA 12156): a carrier's request for a project, addressed to
 * one or more funders, each of whom decides on his own {@link FundingLine}. Its reference is the
 * year and a number within the workspace, e.g. 2027-014.
 */
@Entity
@Table(name = "funding_application")
@Audited("application")
public class Application implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long callId;

    @Column(name = "funding_year")
    private int year;

    private int seqNumber;
    private String reference;
    private Long carrierId;
    private Long contactId;
    private Long assignedUserId;
    private Long actionId;
    private String axisLabel;
    private String title;
    private String summary;
    private LocalDate startDate;
    private LocalDate endDate;
    private boolean multiYear;
    private boolean renewal;
    private String missingPieces;

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "funding_application_qpv", joinColumns = @JoinColumn(name = "application_id"))
    @Column(name = "qpv_code")
    private Set<String> qpvCodes = new TreeSet<>();

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "funding_budget_line", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "line_no")
    private List<BudgetLine> budget = new ArrayList<>();

    @ElementCollection
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "funding_score", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "criterion_no")
    @Column(name = "score")
    private Map<Integer, Integer> scores = new HashMap<>();

    private Instant createdAt;

    @Version
    private long version;

    protected Application() {
    }

    Application(Long workspaceId, int seqNumber, ApplicationDetails details) {
        this.workspaceId = workspaceId;
        this.year = details.year();
        this.seqNumber = seqNumber;
        this.reference = reference(details.year(), seqNumber);
        this.createdAt = Instant.now();
        describe(details);
    }

    static String reference(int year, int seqNumber) {
        return year + "-" + (seqNumber < 1000 ? String.format("%03d", seqNumber) : String.valueOf(seqNumber));
    }

    /** Replaces the request's content; the budget has been checked and the year cannot change. */
    void describe(ApplicationDetails d) {
        if (d.year() != year) {
            throw new BusinessRuleException("funding.application.year.fixed");
        }
        if (d.startDate() != null && d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new BusinessRuleException("funding.application.dates.order");
        }
        this.callId = d.callId();
        this.carrierId = d.carrierId();
        this.contactId = d.contactId();
        this.assignedUserId = d.assignedUserId();
        this.actionId = d.actionId();
        this.axisLabel = blankToNull(d.axisLabel());
        this.title = d.title().strip();
        this.summary = blankToNull(d.summary());
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.multiYear = d.multiYear();
        this.renewal = d.renewal();
        this.qpvCodes.clear();
        this.qpvCodes.addAll(d.qpvCodes());
        this.budget.clear();
        this.budget.addAll(d.projectBudget().lines());
    }

    void linkAction(Long actionId) {
        this.actionId = actionId;
    }

    void requestPieces(String pieces) {
        this.missingPieces = blankToNull(pieces);
    }

    void score(Map<Integer, Integer> given, CallForProjects call) {
        List<Criterion> criteria = call.getCriteria();
        for (Map.Entry<Integer, Integer> e : given.entrySet()) {
            if (e.getKey() < 0 || e.getKey() >= criteria.size()) {
                throw new BusinessRuleException("funding.score.unknownCriterion");
            }
            Criterion criterion = criteria.get(e.getKey());
            if (e.getValue() == null || e.getValue() < 0 || e.getValue() > criterion.maxScore()) {
                throw new BusinessRuleException("funding.score.outOfRange", criterion.label(), criterion.maxScore());
            }
        }
        scores.clear();
        scores.putAll(given);
    }

    /** The year whose end starts the six months the carrier has to report: the project's last year. */
    public int reportingYear() {
        return endDate != null ? endDate.getYear() : year;
    }

    public ProjectBudget projectBudget() {
        return new ProjectBudget(budget);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getCallId() {
        return callId;
    }

    public int getYear() {
        return year;
    }

    public String getReference() {
        return reference;
    }

    public Long getCarrierId() {
        return carrierId;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getAssignedUserId() {
        return assignedUserId;
    }

    public Long getActionId() {
        return actionId;
    }

    public String getAxisLabel() {
        return axisLabel;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public boolean isMultiYear() {
        return multiYear;
    }

    public boolean isRenewal() {
        return renewal;
    }

    public String getMissingPieces() {
        return missingPieces;
    }

    public List<String> missingPieceList() {
        return missingPieces == null ? List.of() : List.of(missingPieces.split("\n")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Set<String> getQpvCodes() {
        return Set.copyOf(qpvCodes);
    }

    public List<BudgetLine> getBudget() {
        return List.copyOf(budget);
    }

    public Map<Integer, Integer> getScores() {
        return Map.copyOf(scores);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public String label() {
        return reference + " — " + title;
    }

    @Override
    public String toString() {
        return label();
    }
}
