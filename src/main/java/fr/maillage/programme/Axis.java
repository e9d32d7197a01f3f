package fr.maillage.programme;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An axe (pilier) of a workspace's strategy, the top of its tree. For a cité éducative the three
 * national objectives are axes marked {@code national}.
 */
@Entity
@Table(name = "programme_axis")
@Audited("axis")
public class Axis implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private String title;
    private String description;
    private int position;
    private boolean national;
    private Instant createdAt;

    @Version
    private long version;

    protected Axis() {
    }

    Axis(Long workspaceId, String title, String description, int position, boolean national) {
        this.workspaceId = workspaceId;
        this.position = position;
        this.national = national;
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

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public int getPosition() {
        return position;
    }

    public boolean isNational() {
        return national;
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
