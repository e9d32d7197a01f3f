package fr.maillage.funding;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The year's appel à projets of a workspace: its priorities, dates, the funders carriers may ask,
 * and the grid the COTECH scores applications on. Drafted, then published, then closed.
 */
@Entity
@Table(name = "funding_call")
@Audited("call")
public class CallForProjects implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;

    @Column(name = "funding_year")
    private int year;

    private String title;
    private String priorities;
    private LocalDate openingDate;
    private LocalDate deadline;
    private String aidScheme;

    @Enumerated(EnumType.STRING)
    private CallStatus status;

    @ElementCollection
    @CollectionTable(name = "funding_call_funder", joinColumns = @JoinColumn(name = "call_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "funder")
    private Set<Funder> funders = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "funding_call_criterion", joinColumns = @JoinColumn(name = "call_id"))
    @OrderColumn(name = "line_no")
    private List<Criterion> criteria = new ArrayList<>();

    private Instant createdAt;

    @Version
    private long version;

    protected CallForProjects() {
    }

    CallForProjects(Long workspaceId, CallDetails details) {
        this.workspaceId = workspaceId;
        this.status = CallStatus.DRAFT;
        this.createdAt = Instant.now();
        describe(details);
    }

    /** Replaces the call's description; the priorities were sanitised by the caller. */
    void describe(CallDetails d) {
        if (d.openingDate() != null && d.deadline().isBefore(d.openingDate())) {
            throw new BusinessRuleException("funding.call.deadline.beforeOpening");
        }
        if (d.funders().isEmpty()) {
            throw new BusinessRuleException("funding.call.funders.required");
        }
        this.year = d.year();
        this.title = d.title().strip();
        this.priorities = d.priorities();
        this.openingDate = d.openingDate();
        this.deadline = d.deadline();
        this.aidScheme = d.aidScheme();
        this.funders.clear();
        this.funders.addAll(d.funders());
        this.criteria.clear();
        this.criteria.addAll(d.criteria());
    }

    void publish() {
        if (status != CallStatus.DRAFT) {
            throw new BusinessRuleException("funding.call.publish.notDraft");
        }
        this.status = CallStatus.PUBLISHED;
    }

    void close() {
        if (status != CallStatus.PUBLISHED) {
            throw new BusinessRuleException("funding.call.close.notPublished");
        }
        this.status = CallStatus.CLOSED;
    }

    /** The weighted total of scores given per criterion position, out of {@link #maxTotal()}. */
    public int total(java.util.Map<Integer, Integer> scores) {
        int total = 0;
        for (int i = 0; i < criteria.size(); i++) {
            total += criteria.get(i).weight() * scores.getOrDefault(i, 0);
        }
        return total;
    }

    public int maxTotal() {
        return criteria.stream().mapToInt(c -> c.weight() * c.maxScore()).sum();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public String getPriorities() {
        return priorities;
    }

    public LocalDate getOpeningDate() {
        return openingDate;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    /** The dispositif d'aide the call belongs to, or null. */
    public String getAidScheme() {
        return aidScheme;
    }

    public CallStatus getStatus() {
        return status;
    }

    public Set<Funder> getFunders() {
        return funders.isEmpty() ? Set.of() : EnumSet.copyOf(funders);
    }

    public List<Criterion> getCriteria() {
        return List.copyOf(criteria);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public String label() {
        return title + " (" + year + ")";
    }

    @Override
    public String toString() {
        return label();
    }
}
