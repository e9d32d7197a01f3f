package fr.maillage.knowledge;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A workspace's choices for what it publishes: the licence of its experience sheets (CC BY-SA 4.0
 * unless its pilotes chose another).
 */
@Entity
@Table(name = "knowledge_settings")
@Audited("knowledgeSettings")
public class KnowledgeSettings implements WorkspaceScoped {

    public static final Licence DEFAULT_LICENCE = Licence.CC_BY_SA_4;

    @Id
    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    private Licence licence;

    /** A wrapper so that a new row (null) is told from an existing one. */
    @Version
    private Long version;

    protected KnowledgeSettings() {
    }

    KnowledgeSettings(Long workspaceId) {
        this.workspaceId = workspaceId;
        this.licence = DEFAULT_LICENCE;
    }

    void choose(Licence chosen) {
        this.licence = chosen;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Licence getLicence() {
        return licence;
    }

    public Long getVersion() {
        return version;
    }
}
