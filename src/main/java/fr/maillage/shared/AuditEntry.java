package fr.maillage.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail: who did what to which record, when, and which fields changed.
 * Written only by the audit listener, never edited.
 */
@Entity
@Table(name = "shared_audit_entry")
public class AuditEntry {

    /** What happened to the record. */
    public enum Action { CREATE, UPDATE, DELETE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private Long workspaceId;
    private String entityType;
    private String entityId;
    private String label;

    @Enumerated(EnumType.STRING)
    private Action action;

    @Column(name = "changes")
    private String changes;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getLabel() {
        return label;
    }

    public Action getAction() {
        return action;
    }

    /** The changed fields, one per line, as "field: old → new". */
    public String getChanges() {
        return changes;
    }

    public java.util.List<String> getChangeLines() {
        return changes == null || changes.isBlank() ? java.util.List.of() : java.util.List.of(changes.split("\n"));
    }
}
