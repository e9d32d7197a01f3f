package fr.maillage.newsletter;

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
 * A workspace's newsletter (one per workspace): its name on the public portal and whether visitors
 * may subscribe to it.
 */
@Entity
@Table(name = "newsletter")
@Audited("newsletter")
public class Newsletter implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private String name;
    private String description;
    private boolean openToSubscription;
    private Instant createdAt;

    @Version
    private long version;

    protected Newsletter() {
    }

    Newsletter(Long workspaceId, String name, String description, boolean openToSubscription) {
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
        describe(name, description, openToSubscription);
    }

    void describe(String name, String description, boolean openToSubscription) {
        this.name = name.strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.openToSubscription = openToSubscription;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public boolean isOpenToSubscription() {
        return openToSubscription;
    }

    public long getVersion() {
        return version;
    }
}
