package fr.maillage.governance;

import fr.maillage.shared.internal.FrenchAnalysisConfigurer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/**
 * One published version of a meeting's minutes, frozen: what was published (attendance, items
 * with their minutes, decisions, follow-ups) is kept as a snapshot, so that a correction creates a
 * new version and the old one stays readable as it was. Only the current version is searched.
 */
@Entity
@Table(name = "governance_minutes_version")
@Indexed(index = "governance-minutes")
public class MinutesVersion {

    public static final String WORKSPACE = "workspaceId";
    public static final String CURRENT = "current";
    public static final String TITLE = "title";
    public static final String TEXT = "plainText";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GenericField(name = WORKSPACE)
    private Long workspaceId;

    private Long meetingId;
    private int number;

    @Column(name = "is_current")
    @GenericField(name = CURRENT)
    private boolean current;

    private Instant publishedAt;
    private String publishedBy;
    private String correctionNote;

    @FullTextField(name = TITLE, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String title;

    private String contentJson;

    @FullTextField(name = TEXT, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String plainText;

    /** Where the file store keeps the version's PDF, once drawn. */
    private String pdfKey;

    protected MinutesVersion() {
    }

    MinutesVersion(Meeting meeting, int number, String publishedBy, String correctionNote, String title,
            String contentJson, String plainText) {
        this.workspaceId = meeting.getWorkspaceId();
        this.meetingId = meeting.getId();
        this.number = number;
        this.current = true;
        this.publishedAt = Instant.now();
        this.publishedBy = publishedBy;
        this.correctionNote = correctionNote == null || correctionNote.isBlank() ? null : correctionNote.strip();
        this.title = title;
        this.contentJson = contentJson;
        this.plainText = plainText;
    }

    void keepPdf(String key) {
        this.pdfKey = key;
    }

    void supersede() {
        this.current = false;
    }

    public Long getId() {
        return id;
    }

    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getNumber() {
        return number;
    }

    public boolean isCurrent() {
        return current;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public String getCorrectionNote() {
        return correctionNote;
    }

    public String getTitle() {
        return title;
    }

    public String getContentJson() {
        return contentJson;
    }

    public String getPlainText() {
        return plainText;
    }

    public String getPdfKey() {
        return pdfKey;
    }
}
