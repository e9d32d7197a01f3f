package fr.maillage.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A team member's remark on a watch item; comments are never edited.
 */
@Entity
@Table(name = "knowledge_watch_comment")
public class WatchComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long itemId;
    private Long authorId;
    private String authorName;
    private String body;
    private Instant createdAt;

    protected WatchComment() {
    }

    WatchComment(Long itemId, Long authorId, String authorName, String body) {
        this.itemId = itemId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body.strip();
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
