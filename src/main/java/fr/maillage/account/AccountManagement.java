package fr.maillage.account;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of accounts: first administrator, users, invitations' accounts, password reset and change.
 */
@Service
@Transactional
public class AccountManagement {

    /** Outbox category of the password reset e-mails. */
    public static final String RESET_MAIL = "account-reset";
    static final Duration RESET_VALIDITY = Duration.ofHours(1);
    static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

    private final UserAccounts users;
    private final PasswordTokens tokens;
    private final PasswordEncoder encoder;
    private final MailOutbox outbox;
    private final MaillageProperties properties;
    private final MessageSource messages;
    private volatile boolean anyUserKnown;

    AccountManagement(UserAccounts users, PasswordTokens tokens, PasswordEncoder encoder, MailOutbox outbox,
            MaillageProperties properties, MessageSource messages) {
        this.users = users;
        this.tokens = tokens;
        this.encoder = encoder;
        this.outbox = outbox;
        this.properties = properties;
        this.messages = messages;
    }

    /** Whether the platform has at least one user; once true it stays true, so it is cached. */
    @Transactional(readOnly = true)
    public boolean hasAnyUser() {
        if (!anyUserKnown) {
            anyUserKnown = users.count() > 0;
        }
        return anyUserKnown;
    }

    /** Creates the first administrator; refused once any user exists. */
    public synchronized UserAccount createFirstAdministrator(String email, String displayName, String password) {
        if (users.count() > 0) {
            throw new BusinessRuleException("account.setup.closed");
        }
        UserAccount admin = users.save(new UserAccount(email, displayName, encoder.encode(password), true, false));
        anyUserKnown = true;
        return admin;
    }

    /**
     * Creates a user with an initial password he must change at his first login (provisioning by
     * an administrator).
     */
    public UserAccount createUser(String email, String displayName, String initialPassword, boolean admin) {
        String normalized = UserAccount.normalize(email);
        if (users.findByEmail(normalized).isPresent()) {
            throw new BusinessRuleException("account.user.duplicate", normalized);
        }
        UserAccount user = users.save(new UserAccount(normalized, displayName, encoder.encode(initialPassword),
                admin, true));
        anyUserKnown = true;
        return user;
    }

    /**
     * Creates a user who may log in at once with the given password (demonstration data, tests).
     */
    public UserAccount createActivatedUser(String email, String displayName, String password, boolean admin) {
        String normalized = UserAccount.normalize(email);
        if (users.findByEmail(normalized).isPresent()) {
            throw new BusinessRuleException("account.user.duplicate", normalized);
        }
        UserAccount user = users.save(new UserAccount(normalized, displayName, encoder.encode(password), admin, false));
        anyUserKnown = true;
        return user;
    }

    /**
     * Finds the account of an invited person, creating it without password when it does not exist.
     *
     * @return the account and, when he has no password yet, the link where he chooses it
     */
    public InvitedAccount accountForInvitation(String email, String displayName) {
        String normalized = UserAccount.normalize(email);
        UserAccount user = users.findByEmail(normalized)
                .orElseGet(() -> users.save(new UserAccount(normalized, displayName, null, false, false)));
        anyUserKnown = true;
        if (user.isActivated()) {
            return new InvitedAccount(user.getId(), user.getEmail(), user.getDisplayName(), null);
        }
        String secret = issueToken(user, PasswordToken.Purpose.INVITATION, INVITATION_VALIDITY);
        return new InvitedAccount(user.getId(), user.getEmail(), user.getDisplayName(),
                properties.link("/invitation/" + secret));
    }

    /**
     * Queues a single-use reset link when the address belongs to an account; says nothing otherwise,
     * so that the form does not reveal who has an account. The e-mail goes through the outbox: a
     * mail server that is down delays it (the link stays valid an hour from now).
     */
    public void requestPasswordReset(String email) {
        users.findByEmail(UserAccount.normalize(email)).filter(UserAccount::isEnabled).ifPresent(user -> {
            String secret = issueToken(user, PasswordToken.Purpose.RESET, RESET_VALIDITY);
            String link = properties.link("/mot-de-passe/reinitialiser/" + secret);
            outbox.enqueue(OutgoingMail.text(user.getEmail(), text("account.mail.reset.subject"),
                    text("account.mail.reset.body", user.getDisplayName(), link, RESET_VALIDITY.toMinutes()),
                    RESET_MAIL, String.valueOf(user.getId())));
        });
    }

    /** Whether a password link is still usable, and for whom. */
    @Transactional(readOnly = true)
    public Optional<String> emailOfUsableToken(String secret) {
        Instant now = Instant.now();
        return tokens.findByTokenHash(Secrets.sha256(secret)).filter(t -> t.isUsable(now))
                .flatMap(t -> users.findById(t.getUserId())).map(UserAccount::getEmail);
    }

    /** Sets the password from an e-mailed link, then spends every open link of that user. */
    public UserAccount choosePassword(String secret, String newPassword) {
        PasswordToken token = tokens.findByTokenHash(Secrets.sha256(secret))
                .filter(t -> t.isUsable(Instant.now()))
                .orElseThrow(() -> new BusinessRuleException("account.token.invalid"));
        UserAccount user = users.findById(token.getUserId()).orElseThrow(() -> new NotFoundException("user"));
        token.use();
        tokens.invalidateAllOf(user.getId(), java.time.Instant.now());
        user.changePassword(encoder.encode(newPassword));
        return user;
    }

    /** Changes the password of a logged-in user, who must give his current one. */
    public void changePassword(Long userId, String currentPassword, String newPassword) {
        UserAccount user = get(userId);
        if (!encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("account.password.current.wrong");
        }
        if (encoder.matches(newPassword, user.getPasswordHash())) {
            throw new BusinessRuleException("account.password.same");
        }
        user.changePassword(encoder.encode(newPassword));
    }

    public void recordLogin(Long userId) {
        users.findById(userId).ifPresent(UserAccount::recordLogin);
    }

    public void setEnabled(Long userId, boolean enabled) {
        UserAccount user = get(userId);
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
    }

    @Transactional(readOnly = true)
    public UserAccount get(Long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(UserAccount.normalize(email));
    }

    @Transactional(readOnly = true)
    public Map<Long, UserAccount> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids).stream().collect(Collectors.toMap(UserAccount::getId, Function.identity()));
    }

    @Transactional(readOnly = true)
    public Page<UserAccount> list(Pageable pageable) {
        return users.findAllByOrderByDisplayNameAsc(pageable);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.findAll();
    }

    private String issueToken(UserAccount user, PasswordToken.Purpose purpose, Duration validity) {
        String secret = Secrets.generate();
        tokens.save(new PasswordToken(user.getId(), Secrets.sha256(secret), purpose, Instant.now().plus(validity)));
        return secret;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /**
     * The account an invitation points to.
     *
     * @param activationLink where he chooses his password, or null when he already has one
     */
    public record InvitedAccount(Long userId, String email, String displayName, String activationLink) {
    }
}
