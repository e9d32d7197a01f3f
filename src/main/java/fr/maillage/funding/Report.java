package fr.maillage.funding;

import fr.maillage.shared.Audited;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A report the carrier owes on an application, due six months after the end of the action's year.
 */
@Entity
@Table(name = "funding_report")
@Audited("report")
public class Report implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    private ReportKind kind;

    private LocalDate dueDate;
    private LocalDate receivedOn;
    private Instant lastReminderAt;

    @Version
    private long version;

    protected Report() {
    }

    Report(Application application, ReportKind kind) {
        this.applicationId = application.getId();
        this.workspaceId = application.getWorkspaceId();
        this.kind = kind;
        this.dueDate = dueDate(application.reportingYear());
        this.lastReminderAt = null;
    }

    /** Six months after the end of the year: 30 June of the next year. */
    public static LocalDate dueDate(int actionYear) {
        return LocalDate.of(actionYear, 12, 31).plusMonths(6);
    }

    void receive(LocalDate on) {
        if (receivedOn != null) {
            throw new BusinessRuleException("funding.report.alreadyReceived");
        }
        this.receivedOn = on;
    }

    void reminded(Instant at) {
        this.lastReminderAt = at;
    }

    public boolean isOverdue(LocalDate today) {
        return receivedOn == null && dueDate.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public ReportKind getKind() {
        return kind;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getLastReminderAt() {
        return lastReminderAt;
    }

    public long getVersion() {
        return version;
    }
}
