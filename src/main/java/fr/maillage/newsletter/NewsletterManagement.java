package fr.maillage.newsletter;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.text.RichText;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of a workspace's newsletter team: set the newsletter up, compose issues from the
 * workspace's published content and free text, follow the subscribers. Every method names the
 * workspace, and a record of another workspace is "not found".
 */
@Service
@Transactional
public class NewsletterManagement {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final int CANDIDATES_PER_KIND = 30;

    private final Newsletters newsletters;
    private final Issues issues;
    private final IssueItems items;
    private final Subscribers subscribers;
    private final List<NewsletterSource> sources;

    NewsletterManagement(Newsletters newsletters, Issues issues, IssueItems items, Subscribers subscribers,
            List<NewsletterSource> sources) {
        this.newsletters = newsletters;
        this.issues = issues;
        this.items = items;
        this.subscribers = subscribers;
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    public Optional<Newsletter> newsletterOf(Long workspaceId) {
        return newsletters.findByWorkspaceId(workspaceId);
    }

    /** Creates the workspace's newsletter, or describes it anew. */
    public Newsletter describe(Long workspaceId, long expectedVersion, String name, String description,
            boolean openToSubscription) {
        Optional<Newsletter> existing = newsletters.findByWorkspaceId(workspaceId);
        if (existing.isEmpty()) {
            return newsletters.save(new Newsletter(workspaceId, name, description, openToSubscription));
        }
        Newsletter newsletter = existing.get();
        if (newsletter.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Newsletter.class, newsletter.getId());
        }
        newsletter.describe(name, description, openToSubscription);
        return newsletter;
    }

    @Transactional(readOnly = true)
    public Page<Issue> issues(Long workspaceId, Pageable pageable) {
        return issues.findByNewsletterIdOrderByIdDesc(require(workspaceId).getId(), pageable);
    }

    @Transactional(readOnly = true)
    public Issue issue(Long workspaceId, Long issueId) {
        return issues.findByIdAndWorkspaceId(issueId, workspaceId)
                .orElseThrow(() -> new NotFoundException("issue " + issueId));
    }

    @Transactional(readOnly = true)
    public List<IssueItem> items(Long workspaceId, Long issueId) {
        issue(workspaceId, issueId);
        return items.findByIssueIdOrderBySortOrderAscIdAsc(issueId);
    }

    /** @param introduction HTML written by the user, sanitised here */
    public Issue createIssue(Long workspaceId, String title, String introduction) {
        return issues.save(new Issue(require(workspaceId), title, RichText.sanitize(introduction)));
    }

    public Issue describeIssue(Long workspaceId, Long issueId, long expectedVersion, String title,
            String introduction) {
        Issue issue = issue(workspaceId, issueId);
        if (issue.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Issue.class, issueId);
        }
        issue.describe(title, RichText.sanitize(introduction));
        return issue;
    }

    /**
     * What the workspace may add to a draft: records of every source published since the last issue
     * was sent, less those already in the issue.
     */
    @Transactional(readOnly = true)
    public List<NewsletterItem> candidates(Long workspaceId, Long issueId) {
        Issue issue = issue(workspaceId, issueId);
        LocalDate since = issues.findFirstByNewsletterIdAndStatusOrderBySentAtDesc(issue.getNewsletterId(),
                IssueStatus.SENT).map(i -> LocalDate.ofInstant(i.getSendingStartedAt(), PARIS)).orElse(null);
        List<IssueItem> present = items.findByIssueIdOrderBySortOrderAscIdAsc(issueId);
        List<NewsletterItem> candidates = new ArrayList<>();
        for (NewsletterSource source : sources) {
            source.candidates(workspaceId, since, CANDIDATES_PER_KIND).stream()
                    .filter(c -> present.stream().noneMatch(p -> p.getKind().equals(c.kind())
                            && c.id().equals(p.getRefId())))
                    .forEach(candidates::add);
        }
        candidates.sort(Comparator.comparing(NewsletterItem::kind));
        return candidates;
    }

    /** Adds records offered by the sources (by kind and id); unknown ones are refused. */
    public void addItems(Long workspaceId, Long issueId, List<String> keys) {
        Issue issue = issue(workspaceId, issueId);
        issue.requireDraft();
        List<NewsletterItem> candidates = candidates(workspaceId, issueId);
        int next = nextOrder(issueId);
        for (String key : keys) {
            NewsletterItem item = candidates.stream().filter(c -> (c.kind() + ":" + c.id()).equals(key)).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("newsletter.compose.unknownItem"));
            items.save(new IssueItem(issueId, next++, item.kind(), item.id(), item.title(), item.summary(), null,
                    item.url(), item.date()));
        }
    }

    /** Adds a free text section; its HTML is sanitised. */
    public IssueItem addText(Long workspaceId, Long issueId, String heading, String html) {
        issue(workspaceId, issueId).requireDraft();
        String body = RichText.sanitize(html);
        if (body == null) {
            throw new BusinessRuleException("newsletter.compose.emptyText");
        }
        return items.save(new IssueItem(issueId, nextOrder(issueId), IssueItem.TEXT, null, heading.strip(), null, body,
                null, null));
    }

    public void removeItem(Long workspaceId, Long issueId, Long itemId) {
        issue(workspaceId, issueId).requireDraft();
        items.delete(items.findByIssueIdOrderBySortOrderAscIdAsc(issueId).stream()
                .filter(i -> i.getId().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException("issue item " + itemId)));
    }

    /** Moves a block one place up (or down). */
    public void moveItem(Long workspaceId, Long issueId, Long itemId, boolean up) {
        issue(workspaceId, issueId).requireDraft();
        List<IssueItem> list = new ArrayList<>(items.findByIssueIdOrderBySortOrderAscIdAsc(issueId));
        int index = -1;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).getId().equals(itemId)) {
                index = i;
            }
        }
        if (index < 0) {
            throw new NotFoundException("issue item " + itemId);
        }
        int other = up ? index - 1 : index + 1;
        if (other >= 0 && other < list.size()) {
            list.add(other, list.remove(index));
        }
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo(i);
        }
    }

    @Transactional(readOnly = true)
    public Page<Subscriber> subscribers(Long workspaceId, SubscriberStatus status, Pageable pageable) {
        return subscribers.findByNewsletterIdAndStatusOrderByEmail(require(workspaceId).getId(), status, pageable);
    }

    @Transactional(readOnly = true)
    public long count(Long workspaceId, SubscriberStatus status) {
        return newsletterOf(workspaceId).map(n -> subscribers.countByNewsletterIdAndStatus(n.getId(), status))
                .orElse(0L);
    }

    /**
     * Brings in a subscriber who already confirmed his subscription elsewhere (a list kept in another
     * tool, with its proof of consent); he receives the next issues without a confirmation e-mail.
     */
    public Subscriber importConfirmed(Long workspaceId, String email, java.time.Instant consentAt,
            java.time.Instant confirmedAt) {
        Newsletter newsletter = require(workspaceId);
        String address = email.strip().toLowerCase(java.util.Locale.ROOT);
        Subscriber subscriber = subscribers.findByNewsletterIdAndEmail(newsletter.getId(), address)
                .orElseGet(() -> subscribers.save(new Subscriber(newsletter.getId(), address)));
        subscriber.confirmImported(consentAt, confirmedAt);
        return subscriber;
    }

    /** The team removes a subscriber (who asked by other means): he receives nothing more. */
    public void unsubscribe(Long workspaceId, Long subscriberId) {
        Subscriber subscriber = subscribers.findById(subscriberId)
                .filter(s -> s.getNewsletterId().equals(require(workspaceId).getId()))
                .orElseThrow(() -> new NotFoundException("subscriber " + subscriberId));
        subscriber.unsubscribe(java.time.Instant.now());
    }

    private Newsletter require(Long workspaceId) {
        return newsletters.findByWorkspaceId(workspaceId)
                .orElseThrow(() -> new NotFoundException("newsletter of workspace " + workspaceId));
    }

    private int nextOrder(Long issueId) {
        return items.findByIssueIdOrderBySortOrderAscIdAsc(issueId).stream().mapToInt(IssueItem::getSortOrder).max()
                .orElse(-1) + 1;
    }
}
