package fr.maillage.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One block of an issue: a copy of a published record (sheet, event, watch item) as it was when
 * picked, so that the issue stays as composed, or a free text section (sanitised HTML).
 */
@Entity
@Table(name = "newsletter_issue_item")
public class IssueItem {

    /** Kind of a free text section. */
    public static final String TEXT = "text";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long issueId;

    @Column(name = "sort_order")
    private int sortOrder;

    private String kind;
    private Long refId;
    private String title;
    private String summary;
    private String body;
    private String url;
    private LocalDate itemDate;

    protected IssueItem() {
    }

    IssueItem(Long issueId, int sortOrder, String kind, Long refId, String title, String summary, String body,
            String url, LocalDate itemDate) {
        this.issueId = issueId;
        this.sortOrder = sortOrder;
        this.kind = kind;
        this.refId = refId;
        this.title = title;
        this.summary = summary;
        this.body = body;
        this.url = url;
        this.itemDate = itemDate;
    }

    void moveTo(int sortOrder) {
        this.sortOrder = sortOrder;
    }

    public boolean isText() {
        return TEXT.equals(kind);
    }

    public Long getId() {
        return id;
    }

    public Long getIssueId() {
        return issueId;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getKind() {
        return kind;
    }

    public Long getRefId() {
        return refId;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    /** Sanitised HTML of a free text section. */
    public String getBody() {
        return body;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getItemDate() {
        return itemDate;
    }
}
