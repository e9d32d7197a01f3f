package fr.maillage.governance;

import fr.maillage.shared.BusinessRuleException;
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
 * The invitation of one member to a meeting. Its answer link carries a secret of which only the
 * hash is kept; revoking it forgets the hash, so that the link answers "not found" from then on.
 */
@Entity
@Table(name = "governance_invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private Long memberId;
    private String name;
    private String email;
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    private InvitationAnswer answer;

    private String representedBy;
    private Instant answeredAt;
    private Instant sentAt;
    private Instant remindedAt;
    private Instant revokedAt;

    @Version
    private long version;

    protected Invitation() {
    }

    Invitation(Long meetingId, BodyMember member, String tokenHash) {
        this.meetingId = meetingId;
        this.memberId = member.getId();
        this.name = member.getName();
        this.email = member.getEmail();
        this.tokenHash = tokenHash;
        this.answer = InvitationAnswer.PENDING;
        this.sentAt = Instant.now();
    }

    /** The holder's answer; "représenté par" needs the representative's name. */
    void answer(InvitationAnswer answer, String representedBy) {
        if (answer == InvitationAnswer.PENDING) {
            throw new BusinessRuleException("governance.answer.required");
        }
        if (answer == InvitationAnswer.REPRESENTED && (representedBy == null || representedBy.isBlank())) {
            throw new BusinessRuleException("governance.answer.representedBy.required");
        }
        this.answer = answer;
        this.representedBy = answer == InvitationAnswer.REPRESENTED ? representedBy.strip() : null;
        this.answeredAt = Instant.now();
    }

    void revoke() {
        this.tokenHash = null;
        this.revokedAt = Instant.now();
    }

    /** A new link (after a revocation or a change of address). */
    void renew(String tokenHash, String email) {
        this.tokenHash = tokenHash;
        this.email = email;
        this.revokedAt = null;
        this.sentAt = Instant.now();
    }

    void reminded() {
        this.remindedAt = Instant.now();
    }

    public boolean isRevoked() {
        return tokenHash == null;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public InvitationAnswer getAnswer() {
        return answer;
    }

    public String getRepresentedBy() {
        return representedBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public long getVersion() {
        return version;
    }
}
