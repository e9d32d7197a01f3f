package fr.maillage.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A document or an image attached to an experience sheet, stored in the shared file store. Images
 * carry a description, their text alternative.
 */
@Entity
@Table(name = "knowledge_sheet_file")
public class SheetFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long sheetId;
    private String fileKey;
    private String fileName;
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private boolean image;
    private String description;
    private Instant createdAt;

    protected SheetFile() {
    }

    SheetFile(Long sheetId, String fileKey, String fileName, String contentType, long size, String description) {
        this.sheetId = sheetId;
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.image = contentType.startsWith("image/");
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getSheetId() {
        return sheetId;
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

    public boolean isImage() {
        return image;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
