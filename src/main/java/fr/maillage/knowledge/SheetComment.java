package fr.maillage.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A reviewer's (or the author's) remark on an experience sheet; comments are never edited.
 */
@Entity
@Table(name = "knowledge_sheet_comment")
public class SheetComment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sheetId;
    private Long authorId;
    private String authorName;
    private String body;
    private Instant createdAt;

    protected SheetComment() {
    }

    SheetComment(Long sheetId, Long authorId, String authorName, String body) {
        this.sheetId = sheetId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body.strip();
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getSheetId() {
        return sheetId;
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
