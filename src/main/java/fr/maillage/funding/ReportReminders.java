package fr.maillage.funding;

import fr.maillage.directory.Contact;
import fr.maillage.directory.DirectoryManagement;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.OutgoingMail;
import fr.maillage.workspace.WorkspaceManagement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds carriers of their overdue reports: each night, every report past its due date and not
 * reminded for 30 days is mailed (through the shared outbox) to the application's carrier contact.
 * A report whose application names no contact with an address is left for the team to chase.
 */
@Service
public class ReportReminders {

    static final Duration INTERVAL = Duration.ofDays(30);
    private static final int BATCH = 200;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Reports reports;
    private final Applications applications;
    private final DirectoryManagement directory;
    private final WorkspaceManagement workspaces;
    private final MailOutbox outbox;
    private final MessageSource messages;
    private final Clock clock;

    ReportReminders(Reports reports, Applications applications, DirectoryManagement directory,
            WorkspaceManagement workspaces, MailOutbox outbox, MessageSource messages) {
        this.reports = reports;
        this.applications = applications;
        this.directory = directory;
        this.workspaces = workspaces;
        this.outbox = outbox;
        this.messages = messages;
        this.clock = Clock.systemDefaultZone();
    }

    @Scheduled(cron = "${maillage.funding.reminder-cron:0 30 6 * * *}")
    @SchedulerLock(name = "funding-report-reminders", lockAtMostFor = "PT10M")
    public void scheduled() {
        remindOverdue(LocalDate.now(clock));
    }

    /**
     * Queues a reminder for every overdue report not reminded recently.
     *
     * @return how many reminders were queued
     */
    @Transactional
    public int remindOverdue(LocalDate today) {
        Instant now = Instant.now(clock);
        int queued = 0;
        List<Report> due = reports.toRemind(today, now.minus(INTERVAL), PageRequest.of(0, BATCH));
        for (Report report : due) {
            Application application = applications.findById(report.getApplicationId()).orElse(null);
            String address = application == null ? null : address(application);
            report.reminded(now);
            if (address == null) {
                continue;
            }
            String kind = messages.getMessage("funding.reportKind." + report.getKind(), null, Locale.FRANCE);
            String workspace = workspaces.get(application.getWorkspaceId()).getName();
            outbox.enqueue(OutgoingMail.text(address,
                    messages.getMessage("funding.reminder.subject", new Object[] {application.getReference()},
                            Locale.FRANCE),
                    messages.getMessage("funding.reminder.text", new Object[] {application.getReference(), kind,
                        application.getTitle(), report.getDueDate().format(DATE), workspace}, Locale.FRANCE),
                    "funding-report-reminder", String.valueOf(report.getId())));
            queued++;
        }
        return queued;
    }

    private String address(Application application) {
        if (application.getContactId() == null) {
            return null;
        }
        try {
            Contact contact = directory.contact(application.getWorkspaceId(), application.getContactId());
            return contact.getEmail();
        } catch (NotFoundException e) {
            return null;
        }
    }
}
