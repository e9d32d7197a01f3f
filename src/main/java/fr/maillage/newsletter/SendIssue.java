package fr.maillage.newsletter;

import fr.maillage.shared.MaillageProperties;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.Tokens;
import fr.maillage.shared.mail.MailCounts;
import fr.maillage.shared.mail.MailOutbox;
import fr.maillage.shared.mail.MailStatus;
import fr.maillage.shared.mail.QueuedMail;
import fr.maillage.shared.mail.OutgoingMail;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends an issue to the subscribers confirmed when sending starts. Starting is a guarded state
 * change of the issue (a second click, or a second node, fails on the version); the e-mails are then
 * handed to the mail outbox in batches by a scheduled job, each batch in its own transaction under a
 * lock of the issue's row. A delivery row, unique per (issue, subscriber), is written with each
 * e-mail: nobody gets an issue twice, whatever runs twice.
 */
@Service
public class SendIssue {

    /** Mail category of the issues in the outbox; the reference is the issue's id. */
    public static final String CATEGORY = "newsletter";
    static final int MAX_FAILURES_SHOWN = 100;
    private static final int MAX_PAGES_SCANNED = 100;
    private static final Logger LOG = LoggerFactory.getLogger(SendIssue.class);

    private final NewsletterManagement management;
    private final Newsletters newsletters;
    private final Issues issues;
    private final IssueItems items;
    private final Subscribers subscribers;
    private final Deliveries deliveries;
    private final MailOutbox outbox;
    private final IssueRendering rendering;
    private final MaillageProperties properties;
    private final TransactionTemplate transactions;
    private final int batchSize;

    SendIssue(NewsletterManagement management, Newsletters newsletters, Issues issues, IssueItems items,
            Subscribers subscribers, Deliveries deliveries, MailOutbox outbox, IssueRendering rendering,
            MaillageProperties properties, PlatformTransactionManager transactionManager,
            @Value("${maillage.newsletter.batch-size:200}") int batchSize) {
        this.management = management;
        this.newsletters = newsletters;
        this.issues = issues;
        this.items = items;
        this.subscribers = subscribers;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.rendering = rendering;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.batchSize = batchSize;
    }

    /** How far the sending of an issue is. */
    public record Progress(IssueStatus status, int recipients, long queued, MailCounts mails) {

        public boolean finished() {
            return status == IssueStatus.SENT && mails.pending() == 0;
        }
    }

    /**
     * Starts sending the issue as the user saw it.
     *
     * @throws ObjectOptimisticLockingFailureException when someone changed or sent it in between
     */
    @Transactional
    public Issue start(Long workspaceId, Long issueId, long expectedVersion) {
        Issue issue = management.issue(workspaceId, issueId);
        if (issue.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Issue.class, issueId);
        }
        Instant now = Instant.now();
        issue.startSending((int) subscribers.countRecipients(issue.getNewsletterId(), now), now);
        return issue;
    }

    @Transactional(readOnly = true)
    public Progress progress(Long workspaceId, Long issueId) {
        Issue issue = management.issue(workspaceId, issueId);
        return new Progress(issue.getStatus(), issue.getRecipients() == null ? 0 : issue.getRecipients(),
                deliveries.countByIssueId(issueId), outbox.counts(CATEGORY, String.valueOf(issueId)));
    }

    /**
     * The issue's e-mails that failed for good (at most {@link #MAX_FAILURES_SHOWN}), newest first. The
     * outbox lists by issue only, so this reads its list page by page, boundedly.
     */
    @Transactional(readOnly = true)
    public List<QueuedMail> failures(Long issueId) {
        List<QueuedMail> failed = new java.util.ArrayList<>();
        for (int page = 0; page < MAX_PAGES_SCANNED && failed.size() < MAX_FAILURES_SHOWN; page++) {
            var mails = outbox.list(CATEGORY, String.valueOf(issueId), PageRequest.of(page, 500));
            mails.getContent().stream().filter(m -> m.getStatus() == MailStatus.FAILED)
                    .limit(MAX_FAILURES_SHOWN - failed.size()).forEach(failed::add);
            if (!mails.hasNext()) {
                break;
            }
        }
        return failed;
    }

    /** Sends a failed e-mail of the issue again. */
    @Transactional
    public void retry(Long workspaceId, Long issueId, Long mailId) {
        management.issue(workspaceId, issueId);
        if (!deliveries.existsByIssueIdAndMailId(issueId, mailId)) {
            throw new NotFoundException("mail " + mailId);
        }
        outbox.retry(mailId);
    }

    /** Hands the next batch of every issue being sent to the outbox. */
    @Scheduled(fixedDelayString = "${maillage.newsletter.batch-delay:PT5S}", initialDelayString = "PT20S")
    @SchedulerLock(name = "newsletter-send", lockAtMostFor = "PT10M")
    public void sendBatches() {
        for (Issue issue : issues.findByStatus(IssueStatus.SENDING)) {
            try {
                sendNextBatch(issue.getId());
            } catch (RuntimeException e) {
                LOG.warn("Sending a batch of newsletter issue {} failed; the next run goes on", issue.getId(), e);
            }
        }
    }

    /** Hands every remaining e-mail of the issue to the outbox, batch after batch. */
    public void sendAll(Long issueId) {
        while (sendNextBatch(issueId) > 0) {
            LOG.debug("Batch of newsletter issue {} queued", issueId);
        }
    }

    /**
     * Queues the next batch of the issue; when none is left, the issue is sent.
     *
     * @return how many e-mails were queued
     */
    public int sendNextBatch(Long issueId) {
        Integer queued = transactions.execute(status -> {
            Issue issue = issues.findLockedById(issueId).orElseThrow(() -> new NotFoundException("issue " + issueId));
            if (issue.getStatus() != IssueStatus.SENDING) {
                return 0;
            }
            List<Subscriber> batch = subscribers.awaiting(issue.getNewsletterId(), issueId,
                    issue.getSendingStartedAt(), PageRequest.of(0, batchSize));
            if (batch.isEmpty()) {
                issue.sent(Instant.now());
                return 0;
            }
            Newsletter newsletter = newsletters.findById(issue.getNewsletterId()).orElseThrow();
            IssueRendering.Rendered mail = rendering.render(newsletter, issue,
                    items.findByIssueIdOrderBySortOrderAscIdAsc(issueId));
            for (Subscriber subscriber : batch) {
                String secret = Tokens.random();
                Delivery delivery = deliveries.save(new Delivery(issueId, subscriber.getId(), Tokens.hash(secret)));
                String unsubscribe = properties.link("/lettre/desabonnement/" + secret);
                IssueRendering.Rendered addressed = mail.addressedTo(unsubscribe);
                delivery.queued(outbox.enqueue(OutgoingMail.text(subscriber.getEmail(), addressed.subject(),
                                addressed.text(), CATEGORY, String.valueOf(issueId))
                        .withHtml(addressed.html())
                        .withHeader("List-Unsubscribe", "<" + unsubscribe + ">")
                        .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")));
            }
            return batch.size();
        });
        return queued == null ? 0 : queued;
    }
}
