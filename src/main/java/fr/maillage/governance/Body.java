package fr.maillage.governance;

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

/**
 * A governance body of a workspace (COPIL, COTECH, troïka…): its purpose, its quorum rule, the
 * code its decisions are numbered with, and the secret of its calendar feed (only its hash).
 */
@Entity
@Table(name = "governance_body")
@Audited("body")
public class Body implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;

    @Enumerated(EnumType.STRING)
    private BodyKind kind;

    private String name;
    private String code;
    private String purpose;

    @Enumerated(EnumType.STRING)
    private QuorumRule quorumRule;

    private int quorumValue;
    private String feedTokenHash;
    private Instant createdAt;

    @Version
    private long version;

    protected Body() {
    }

    Body(Long workspaceId, BodyDetails details) {
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
        describe(details);
    }

    void describe(BodyDetails d) {
        if (d.quorumRule() == QuorumRule.SHARE && (d.quorumValue() < 1 || d.quorumValue() > 100)) {
            throw new BusinessRuleException("governance.body.quorum.share");
        }
        if (d.quorumRule() == QuorumRule.COUNT && d.quorumValue() < 1) {
            throw new BusinessRuleException("governance.body.quorum.count");
        }
        this.kind = d.kind();
        this.name = d.name().strip();
        this.code = d.code() == null || d.code().isBlank() ? d.kind().defaultCode()
                : d.code().strip().toUpperCase(java.util.Locale.ROOT);
        this.purpose = d.purpose() == null || d.purpose().isBlank() ? null : d.purpose().strip();
        this.quorumRule = d.quorumRule();
        this.quorumValue = d.quorumRule() == QuorumRule.NONE ? 0 : d.quorumValue();
    }

    void useFeedToken(String hash) {
        this.feedTokenHash = hash;
    }

    public BodyDetails details() {
        return new BodyDetails(kind, name, code, purpose, quorumRule, quorumValue);
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public BodyKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getCode() {
        return code;
    }

    public String getPurpose() {
        return purpose;
    }

    public QuorumRule getQuorumRule() {
        return quorumRule;
    }

    public int getQuorumValue() {
        return quorumValue;
    }

    public boolean hasFeed() {
        return feedTokenHash != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
