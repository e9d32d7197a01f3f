package fr.maillage.knowledge;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import fr.maillage.shared.internal.FrenchAnalysisConfigurer;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A document of the workspace's library (minutes, synthesis, proceedings, analysis note, guide)
 * with its metadata and the text extracted from the file, so that it is found by its content.
 */
@Entity
@Table(name = "knowledge_resource")
@Audited("libraryResource")
@Indexed(index = "knowledge-resource")
public class LibraryResource implements WorkspaceScoped {

    /** Index fields, for queries. */
    public static final String WORKSPACE = "workspaceId";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String KIND = "kind";
    public static final String THEMES = "themes";
    public static final String CREATED_AT = "createdAt";

    /** How far the text extraction went. */
    public enum Extraction { PENDING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @GenericField(name = WORKSPACE)
    private Long workspaceId;

    @FullTextField(name = TITLE, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String title;

    @Enumerated(EnumType.STRING)
    @KeywordField(name = KIND, aggregable = Aggregable.YES)
    private ResourceKind kind;

    @ElementCollection
    @CollectionTable(name = "knowledge_resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "theme_code")
    @KeywordField(name = THEMES, aggregable = Aggregable.YES)
    private Set<String> themeCodes = new HashSet<>();

    private String territory;
    private LocalDate documentDate;
    private String author;
    private String description;
    private String fileKey;
    private String fileName;
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    @FullTextField(name = TEXT, analyzer = FrenchAnalysisConfigurer.FRENCH)
    private String extractedText;

    @Enumerated(EnumType.STRING)
    private Extraction extraction;

    @GenericField(name = CREATED_AT, sortable = Sortable.YES)
    private Instant createdAt;

    @Version
    private long version;

    protected LibraryResource() {
    }

    LibraryResource(Long workspaceId, ResourceDetails details, String fileKey, String fileName, String contentType,
            long size) {
        this.workspaceId = workspaceId;
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.extraction = Extraction.PENDING;
        this.createdAt = Instant.now();
        describe(details);
    }

    void describe(ResourceDetails d) {
        this.title = d.title().strip();
        this.kind = d.kind();
        this.themeCodes.clear();
        this.themeCodes.addAll(d.themeCodes());
        this.territory = blankToNull(d.territory());
        this.documentDate = d.documentDate();
        this.author = blankToNull(d.author());
        this.description = blankToNull(d.description());
    }

    void extracted(String text) {
        this.extractedText = text;
        this.extraction = Extraction.DONE;
    }

    void extractionFailed() {
        this.extraction = Extraction.FAILED;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getTitle() {
        return title;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public Set<String> getThemeCodes() {
        return themeCodes;
    }

    public String getTerritory() {
        return territory;
    }

    public LocalDate getDocumentDate() {
        return documentDate;
    }

    public String getAuthor() {
        return author;
    }

    public String getDescription() {
        return description;
    }

    public String getFileKey() {
        return fileKey;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public Extraction getExtraction() {
        return extraction;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return title;
    }
}
