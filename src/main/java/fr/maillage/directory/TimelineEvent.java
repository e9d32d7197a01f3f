package fr.maillage.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One dated event in an organisation's timeline: its creation and changes, and later what the
 * other modules report (an application filed, a meeting attended). An event with a workspace is
 * shown in that workspace only; one without is shown everywhere.
 */
@Entity
@Table(name = "directory_timeline")
public class TimelineEvent {

    /** Kinds recorded by the directory itself. */
    public static final String CREATED = "ORGANISATION_CREATED";
    public static final String UPDATED = "ORGANISATION_UPDATED";
    public static final String MERGED = "ORGANISATION_MERGED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long organisationId;
    private Long workspaceId;
    private Instant occurredAt;
    private String kind;
    private String label;
    private String link;

    protected TimelineEvent() {
    }

    TimelineEvent(Long organisationId, Long workspaceId, Instant occurredAt, String kind, String label, String link) {
        this.organisationId = organisationId;
        this.workspaceId = workspaceId;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.label = label;
        this.link = link;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getLink() {
        return link;
    }
}
