package fr.maillage.funding;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One dated, attributed step of an application's timeline: a funding line moving from one status
 * to another, or an event without status change (a COPIL meeting, pieces requested, a payment).
 * Never changed nor deleted: a step is undone only by a later one.
 */
@Entity
@Table(name = "funding_transition")
public class Transition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long applicationId;
    private Long lineId;

    @Enumerated(EnumType.STRING)
    private Funder funder;

    @Enumerated(EnumType.STRING)
    private FundingStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private FundingStatus toStatus;

    private Instant occurredAt;
    private Long userId;
    private String userName;
    private String comment;

    protected Transition() {
    }

    Transition(Long applicationId, FundingLine line, FundingStatus from, FundingStatus to, Actor actor,
            String comment) {
        this.applicationId = applicationId;
        this.lineId = line == null ? null : line.getId();
        this.funder = line == null ? null : line.getFunder();
        this.fromStatus = from;
        this.toStatus = to;
        this.occurredAt = Instant.now();
        this.userId = actor.userId();
        this.userName = actor.name();
        this.comment = Application.blankToNull(comment);
    }

    public Long getId() {
        return id;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getLineId() {
        return lineId;
    }

    public Funder getFunder() {
        return funder;
    }

    public FundingStatus getFromStatus() {
        return fromStatus;
    }

    public FundingStatus getToStatus() {
        return toStatus;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUserName() {
        return userName;
    }

    public String getComment() {
        return comment;
    }

    public boolean isStatusChange() {
        return toStatus != null;
    }
}
