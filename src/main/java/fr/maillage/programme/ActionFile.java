package fr.maillage.programme;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A file attached to a fiche action (convention, bilan, photo...). The content lives in the
 * platform's file store under {@code fileKey}.
 */
@Entity
@Table(name = "programme_action_file")
@Audited("actionFile")
public class ActionFile implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long actionId;
    private Long workspaceId;
    private String fileKey;
    private String fileName;
    private String contentType;

    @Column(name = "size_bytes")
    private long size;

    private String sha256;
    private Instant uploadedAt;
    private String uploadedBy;

    @Version
    private long version;

    protected ActionFile() {
    }

    ActionFile(Long actionId, Long workspaceId, String fileKey, String fileName, String contentType, long size,
            String sha256, String uploadedBy) {
        this.actionId = actionId;
        this.workspaceId = workspaceId;
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getActionId() {
        return actionId;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
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

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public long getVersion() {
        return version;
    }
}
