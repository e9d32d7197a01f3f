package fr.maillage.shared.mail;

import fr.maillage.shared.Mails;
import fr.maillage.shared.NotFoundException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outgoing e-mails of every module: queued in the database inside the caller's transaction
 * (so nothing is sent for a change that is rolled back, and nothing is lost when the SMTP server
 * is down), sent by a scheduled job that only one node runs at a time, at most
 * {@code maillage.mail.max-per-second} e-mails a second, retried after 1, 5, 15 and 60 minutes,
 * then marked failed and shown to administrators, who may retry them.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final String LOCK = "shared-mail-outbox";
    /** E-mails sent over one SMTP connection when no rate limit applies. */
    static final int MAILS_PER_CONNECTION = 50;

    private final QueuedMails mails;
    private final Mails smtp;
    private final TransactionTemplate transaction;
    private final LockingTaskExecutor locks;
    private final MailServerStatus server;
    private final int batchSize;
    private final double maxPerSecond;

    MailOutbox(QueuedMails mails, Mails smtp, TransactionTemplate transaction, LockingTaskExecutor locks,
            MailServerStatus server, @Value("${maillage.mail.batch-size:200}") int batchSize,
            @Value("${maillage.mail.max-per-second:20}") double maxPerSecond) {
        this.mails = mails;
        this.smtp = smtp;
        this.transaction = transaction;
        this.locks = locks;
        this.server = server;
        this.batchSize = batchSize;
        this.maxPerSecond = maxPerSecond;
    }

    /** Queues an e-mail; it is sent after the caller's transaction commits. Returns its id. */
    @Transactional
    public Long enqueue(OutgoingMail mail) {
        if (mail.to() == null || mail.to().isBlank()) {
            throw new IllegalArgumentException("An e-mail needs a recipient");
        }
        return mails.save(new QueuedMail(mail, Instant.now())).getId();
    }

    @Transactional(readOnly = true)
    public MailCounts counts(String category, String reference) {
        long pending = 0;
        long sent = 0;
        long failed = 0;
        for (Object[] row : mails.countByStatus(category, reference)) {
            long count = ((Number) row[1]).longValue();
            switch ((MailStatus) row[0]) {
                case PENDING -> pending = count;
                case SENT -> sent = count;
                case FAILED -> failed = count;
            }
        }
        return new MailCounts(pending, sent, failed);
    }

    /** The e-mails of a category (and of one reference when it is not null), newest first. */
    @Transactional(readOnly = true)
    public Page<QueuedMail> list(String category, String reference, Pageable pageable) {
        return mails.listed(category, reference, pageable);
    }

    /** The e-mails in one state, newest first (administrators' view). */
    @Transactional(readOnly = true)
    public Page<QueuedMail> byStatus(MailStatus status, Pageable pageable) {
        return mails.findByStatusOrderByIdDesc(status, pageable);
    }

    @Transactional(readOnly = true)
    public long count(MailStatus status) {
        return mails.countByStatus(status);
    }

    /**
     * Puts a failed e-mail back in the queue for a new series of attempts; a waiting one is tried at
     * the next run of the sending job instead of at its scheduled time.
     */
    @Transactional
    public void retry(Long mailId) {
        mails.findById(mailId).orElseThrow(() -> new NotFoundException("mail " + mailId)).retry(Instant.now());
    }

    /**
     * Sends every due e-mail now, without the rate limit, waiting for the sending job to finish
     * if it is running. Returns how many were sent. Used by tests and by "send now" actions.
     */
    public int flush() {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            int[] sent = {0};
            boolean ran = runLocked(() -> {
                int batch;
                do {
                    batch = sendBatch(Math.max(batchSize, 500), 0);
                    sent[0] += batch;
                } while (batch > 0);
            });
            if (ran) {
                return sent[0];
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The mail outbox stayed locked for two minutes");
            }
            sleep(50);
        }
    }

    /** The sending job: one batch of due e-mails, at the configured rate. */
    @Scheduled(initialDelayString = "${maillage.mail.outbox-interval:PT5S}",
            fixedDelayString = "${maillage.mail.outbox-interval:PT5S}")
    void sendDue() {
        runLocked(() -> sendBatch(batchSize, maxPerSecond));
    }

    private boolean runLocked(Runnable task) {
        LockConfiguration lock = new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(10), Duration.ZERO);
        try {
            LockingTaskExecutor.TaskWithResult<Boolean> locked = () -> {
                task.run();
                return Boolean.TRUE;
            };
            return locks.executeWithLock(locked, lock).wasExecuted();
        } catch (Throwable e) {
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e);
        }
    }

    private int sendBatch(int size, double perSecond) {
        List<Long> due = mails.dueIds(Instant.now(), PageRequest.of(0, size));
        // One SMTP connection per group; with a rate limit, a group is at most one second's worth.
        int group = perSecond > 0 ? (int) Math.max(1, Math.min(MAILS_PER_CONNECTION, perSecond)) : MAILS_PER_CONNECTION;
        int sent = 0;
        for (int from = 0; from < due.size(); from += group) {
            List<Long> ids = due.subList(from, Math.min(due.size(), from + group));
            long started = System.currentTimeMillis();
            Integer groupSent = transaction.execute(status -> sendGroup(ids));
            sent += groupSent == null ? 0 : groupSent;
            if (perSecond > 0) {
                long left = (long) (ids.size() * 1000 / perSecond) - (System.currentTimeMillis() - started);
                if (left > 0) {
                    sleep(left);
                }
            }
        }
        return sent;
    }

    /** Sends a group of e-mails over one connection and records, for each, its success or its failure. */
    private int sendGroup(List<Long> ids) {
        List<QueuedMail> group = mails.findAllById(ids).stream().filter(m -> m.getStatus() == MailStatus.PENDING)
                .sorted(Comparator.comparing(QueuedMail::getId)).toList();
        Instant now = Instant.now();
        List<QueuedMail> prepared = new ArrayList<>();
        List<MimeMessage> messages = new ArrayList<>();
        for (QueuedMail mail : group) {
            List<Mails.Attachment> attachments = mail.attachments().stream()
                    .map(a -> new Mails.Attachment(a.fileName(), a.contentType(), a.content())).toList();
            try {
                messages.add(smtp.prepare(mail.getRecipient(), mail.getSubject(), mail.getBodyText(),
                        mail.getBodyHtml(), mail.decodedHeaders(), attachments));
                prepared.add(mail);
            } catch (Mails.MailDeliveryException e) {
                failed(mail, e.getCause() == null ? e : e.getCause(), now);
            }
        }
        Map<MimeMessage, Exception> refused = smtp.sendAll(messages);
        if (!messages.isEmpty()) {
            if (refused.size() < messages.size()) {
                server.succeeded(now);
            } else {
                Exception first = refused.values().iterator().next();
                server.failed(now, first.getMessage());
            }
        }
        int sent = 0;
        for (int i = 0; i < prepared.size(); i++) {
            Exception error = refused.get(messages.get(i));
            if (error == null) {
                prepared.get(i).sent(now);
                sent++;
            } else {
                failed(prepared.get(i), error, now);
            }
        }
        return sent;
    }

    private static void failed(QueuedMail mail, Throwable error, Instant now) {
        mail.attemptFailed(error.getMessage(), now);
        if (mail.getStatus() == MailStatus.FAILED) {
            log.warn("E-mail {} ({}) to {} failed for good: {}", mail.getId(), mail.getCategory(), mail.getRecipient(),
                    error.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
