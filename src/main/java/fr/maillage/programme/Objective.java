package fr.maillage.programme;

import fr.maillage.shared.Audited;
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

/**
 * An objective of the strategy tree: strategic (under an axis, {@code parentId} null) or
 * operational (under a strategic objective of the same axis). Actions serve objectives.
 */
@Entity
@Table(name = "programme_objective")
@Audited("objective")
public class Objective implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long axisId;
    private Long parentId;

    @Enumerated(EnumType.STRING)
    private ObjectiveLevel level;

    private String title;
    private String description;
    private int position;
    private Instant createdAt;

    @Version
    private long version;

    protected Objective() {
    }

    Objective(Long workspaceId, Long axisId, Long parentId, String title, String description, int position) {
        this.workspaceId = workspaceId;
        this.axisId = axisId;
        this.parentId = parentId;
        this.level = parentId == null ? ObjectiveLevel.STRATEGIC : ObjectiveLevel.OPERATIONAL;
        this.position = position;
        this.createdAt = Instant.now();
        describe(title, description);
    }

    void describe(String newTitle, String newDescription) {
        this.title = newTitle.strip();
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
    }

    void placeAt(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getAxisId() {
        return axisId;
    }

    /** The strategic objective above an operational one; null for a strategic objective. */
    public Long getParentId() {
        return parentId;
    }

    public ObjectiveLevel getLevel() {
        return level;
    }

    public boolean isStrategic() {
        return level == ObjectiveLevel.STRATEGIC;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return title;
    }
}
