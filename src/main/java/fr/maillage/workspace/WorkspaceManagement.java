package fr.maillage.workspace;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountManagement.InvitedAccount;
import fr.maillage.account.UserAccount;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import fr.maillage.territory.TerritoryDirectory;
import fr.maillage.territory.TerritoryKind;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of workspaces: create and describe them, set their perimeter, invite and manage members.
 */
@Service
@Transactional
public class WorkspaceManagement {

    /** Outbox category of the invitation e-mails. */
    public static final String INVITATION_MAIL = "workspace-invitation";

    private final Workspaces workspaces;
    private final Memberships memberships;
    private final AccountManagement accounts;
    private final TerritoryDirectory territories;
    private final MailOutbox outbox;
    private final MaillageProperties properties;
    private final MessageSource messages;

    WorkspaceManagement(Workspaces workspaces, Memberships memberships, AccountManagement accounts,
            TerritoryDirectory territories, MailOutbox outbox, MaillageProperties properties, MessageSource messages) {
        this.workspaces = workspaces;
        this.memberships = memberships;
        this.accounts = accounts;
        this.territories = territories;
        this.outbox = outbox;
        this.properties = properties;
        this.messages = messages;
    }

    public Workspace create(WorkspaceType type, String name, String description, LocalDate start, LocalDate end) {
        return workspaces.save(new Workspace(type, name, description, start, end));
    }

    /**
     * Changes the description of a workspace as the user saw it.
     *
     * @param expectedVersion the version the user's form was built from; another version means
     *                        someone saved in between, and the change is refused rather than lost
     */
    public Workspace describe(Long id, long expectedVersion, String name, String description, LocalDate start,
            LocalDate end) {
        Workspace workspace = get(id);
        checkVersion(workspace, expectedVersion);
        workspace.describe(name, description, start, end);
        return workspace;
    }

    /** Adds a territory to the perimeter; an unknown code is refused. */
    public void addToPerimeter(Long id, TerritoryKind kind, String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (territories.find(kind, normalized).isEmpty()) {
            throw new BusinessRuleException("workspace.perimeter.unknown", normalized);
        }
        get(id).addToPerimeter(kind, normalized);
    }

    public void removeFromPerimeter(Long id, TerritoryKind kind, String code) {
        get(id).removeFromPerimeter(kind, code);
    }

    /**
     * Invites a person by e-mail: an existing user becomes a member at once and is told so; a new
     * one gets an account to activate from the link in the e-mail. The e-mail is queued in the
     * outbox with the membership: a mail server that is down delays it, and never refuses the member.
     */
    public Membership invite(Long workspaceId, String email, String displayName, WorkspaceRole role,
            String inviterName) {
        Workspace workspace = get(workspaceId);
        InvitedAccount invited = accounts.accountForInvitation(email, displayName);
        if (memberships.findByWorkspaceIdAndUserId(workspaceId, invited.userId()).isPresent()) {
            throw new BusinessRuleException("workspace.members.already", invited.email());
        }
        Membership membership = memberships.save(new Membership(workspaceId, invited.userId(), role));
        String roleLabel = text("workspace.role." + role);
        String body = invited.activationLink() == null
                ? text("workspace.mail.invite.existing", invited.displayName(), inviterName, workspace.getName(),
                        roleLabel, properties.link("/espaces/" + workspaceId))
                : text("workspace.mail.invite.new", invited.displayName(), inviterName, workspace.getName(),
                        roleLabel, invited.activationLink());
        outbox.enqueue(OutgoingMail.text(invited.email(), text("workspace.mail.invite.subject", workspace.getName()),
                body, INVITATION_MAIL, String.valueOf(workspaceId)));
        return membership;
    }

    /** Adds an existing user directly (provisioning by API). */
    public Membership addMember(Long workspaceId, Long userId, WorkspaceRole role) {
        get(workspaceId);
        accounts.get(userId);
        if (memberships.findByWorkspaceIdAndUserId(workspaceId, userId).isPresent()) {
            throw new BusinessRuleException("workspace.members.already", accounts.get(userId).getEmail());
        }
        return memberships.save(new Membership(workspaceId, userId, role));
    }

    public void changeRole(Long workspaceId, Long userId, WorkspaceRole role) {
        Membership membership = membership(workspaceId, userId);
        if (membership.getRole() == WorkspaceRole.PILOTE && role != WorkspaceRole.PILOTE) {
            ensureAnotherPilote(workspaceId);
        }
        membership.changeRole(role);
    }

    public void removeMember(Long workspaceId, Long userId) {
        Membership membership = membership(workspaceId, userId);
        if (membership.getRole() == WorkspaceRole.PILOTE) {
            ensureAnotherPilote(workspaceId);
        }
        memberships.delete(membership);
    }

    @Transactional(readOnly = true)
    public Workspace get(Long id) {
        return workspaces.findWithPerimeterById(id).orElseThrow(() -> new NotFoundException("workspace " + id));
    }

    /** The workspaces a user belongs to, by name; one query, as every page's shell asks for them. */
    @Transactional(readOnly = true)
    public List<Workspace> workspacesOf(Long userId) {
        return workspaces.findByMember(userId);
    }

    @Transactional(readOnly = true)
    public Page<Workspace> all(Pageable pageable) {
        return workspaces.findAllByOrderByNameAsc(pageable);
    }

    /** Every workspace of the platform whose name contains the words and of the type, when given; by name. */
    @Transactional(readOnly = true)
    public Page<Workspace> all(String name, WorkspaceType type, Pageable pageable) {
        String words = name == null || name.isBlank() ? null : name.strip();
        if (words == null) {
            return type == null ? workspaces.findAllByOrderByNameAsc(pageable)
                    : workspaces.findByTypeOrderByNameAsc(type, pageable);
        }
        return type == null ? workspaces.findByNameContainingIgnoreCaseOrderByNameAsc(words, pageable)
                : workspaces.findByTypeAndNameContainingIgnoreCaseOrderByNameAsc(type, words, pageable);
    }

    /** The members of a workspace with their account, by name. */
    @Transactional(readOnly = true)
    public List<Member> members(Long workspaceId) {
        List<Membership> list = memberships.findByWorkspaceId(workspaceId);
        Map<Long, UserAccount> users = accounts.findAll(list.stream().map(Membership::getUserId).toList());
        return list.stream().filter(m -> users.containsKey(m.getUserId()))
                .map(m -> new Member(m, users.get(m.getUserId())))
                .sorted(Comparator.comparing(m -> m.user().getDisplayName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Transactional(readOnly = true)
    public long memberCount(Long workspaceId) {
        return memberships.countByWorkspaceId(workspaceId);
    }

    private Membership membership(Long workspaceId, Long userId) {
        return memberships.findByWorkspaceIdAndUserId(workspaceId, userId)
                .orElseThrow(() -> new NotFoundException("membership " + workspaceId + "/" + userId));
    }

    private void ensureAnotherPilote(Long workspaceId) {
        if (memberships.countByWorkspaceIdAndRole(workspaceId, WorkspaceRole.PILOTE) <= 1) {
            throw new BusinessRuleException("workspace.members.lastPilote");
        }
    }

    private static void checkVersion(Workspace workspace, long expectedVersion) {
        if (workspace.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Workspace.class, workspace.getId());
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** A member and his account. */
    public record Member(Membership membership, UserAccount user) {
    }
}
