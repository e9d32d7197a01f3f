package fr.maillage.evaluation;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Whether a workspace shares its library indicators with the regional view of the centres de
 * ressources. Nothing is shared until a pilote says so.
 */
@Entity
@Table(name = "evaluation_sharing")
@Audited("evaluationSharing")
public class SharingSetting implements WorkspaceScoped {

    @Id
    private Long workspaceId;

    private boolean shared;
    private Instant changedAt;

    @Version
    private long version;

    protected SharingSetting() {
    }

    SharingSetting(Long workspaceId) {
        this.workspaceId = workspaceId;
        this.changedAt = Instant.now();
    }

    void share(boolean value) {
        this.shared = value;
        this.changedAt = Instant.now();
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public boolean isShared() {
        return shared;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
