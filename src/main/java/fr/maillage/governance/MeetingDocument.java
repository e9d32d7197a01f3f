package fr.maillage.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A document attached to a meeting (note, slides), stored in the shared file store. */
@Entity
@Table(name = "governance_document")
public class MeetingDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long meetingId;
    private String fileKey;
    private String fileName;
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private Instant uploadedAt;

    protected MeetingDocument() {
    }

    MeetingDocument(Long meetingId, String fileKey, String fileName, String contentType, long size) {
        this.meetingId = meetingId;
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.uploadedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
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

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
