package fr.maillage.governance;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.UserAccount;
import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the owners of overdue follow-ups by e-mail, every morning, at most once a week per
 * follow-up, on one node only.
 */
@Component
public class FollowUpReminders {

    public static final String CATEGORY = "governance-follow-up";
    static final int BATCH = 500;
    static final int DAYS_BETWEEN_REMINDERS = 7;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private final FollowUps followUps;
    private final Bodies bodies;
    private final AccountManagement accounts;
    private final MailOutbox outbox;
    private final MaillageProperties properties;
    private final MessageSource messages;

    FollowUpReminders(FollowUps followUps, Bodies bodies, AccountManagement accounts, MailOutbox outbox,
            MaillageProperties properties, MessageSource messages) {
        this.followUps = followUps;
        this.bodies = bodies;
        this.accounts = accounts;
        this.outbox = outbox;
        this.properties = properties;
        this.messages = messages;
    }

    @Scheduled(cron = "${maillage.governance.reminder-cron:0 0 7 * * *}", zone = "Europe/Paris")
    @SchedulerLock(name = "governance-overdue-follow-ups", lockAtMostFor = "PT10M")
    public void remindEveryMorning() {
        remindOverdue(LocalDate.now(ZoneId.of("Europe/Paris")));
    }

    /** Queues a reminder for each overdue follow-up not reminded this week. Returns how many. */
    @Transactional
    public int remindOverdue(LocalDate today) {
        List<FollowUp> due = followUps.overdue(FollowUpStatus.OPEN, today, today.minusDays(DAYS_BETWEEN_REMINDERS),
                PageRequest.of(0, BATCH));
        Map<Long, UserAccount> owners = accounts.findAll(due.stream().map(FollowUp::getOwnerUserId).distinct().toList());
        Map<Long, Body> bodyById = bodies.findAllById(due.stream().map(FollowUp::getBodyId).distinct().toList())
                .stream().collect(Collectors.toMap(Body::getId, Function.identity()));
        int sent = 0;
        for (FollowUp f : due) {
            UserAccount owner = owners.get(f.getOwnerUserId());
            f.reminded(today);
            if (owner == null) {
                continue;
            }
            Body body = bodyById.get(f.getBodyId());
            outbox.enqueue(OutgoingMail.text(owner.getEmail(), text("governance.mail.overdue.subject", f.getTitle()),
                    text("governance.mail.overdue.text", owner.getDisplayName(), f.getTitle(),
                            body == null ? "" : body.getName(), DAY.format(f.getDueDate()),
                            properties.link("/espaces/" + f.getWorkspaceId() + "/suites#suite-" + f.getId())),
                    CATEGORY, f.getId().toString()));
            sent++;
        }
        return sent;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.FRANCE);
    }
}
