package fr.maillage.knowledge;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An RSS or Atom feed the workspace watches. The poller records when it last tried, when it last
 * succeeded and why it last failed, so that a broken feed shows on the sources page.
 */
@Entity
@Table(name = "knowledge_watch_source")
@Audited("watchSource")
public class WatchSource implements WorkspaceScoped {

    private static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private String name;
    private String url;
    private boolean paused;
    private Instant lastPolledAt;
    private Instant lastSuccessAt;
    private String lastError;
    private Instant createdAt;

    @Version
    private long version;

    protected WatchSource() {
    }

    WatchSource(Long workspaceId, String name, String url) {
        this.workspaceId = workspaceId;
        this.createdAt = Instant.now();
        rename(name, url);
    }

    void rename(String newName, String newUrl) {
        this.name = newName.strip();
        this.url = newUrl.strip();
    }

    void pause() {
        this.paused = true;
    }

    void resume() {
        this.paused = false;
    }

    void succeeded(Instant at) {
        this.lastPolledAt = at;
        this.lastSuccessAt = at;
        this.lastError = null;
    }

    void failed(Instant at, String error) {
        this.lastPolledAt = at;
        this.lastError = error == null ? "?" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    }

    /** Whether the last attempt failed. */
    public boolean isFailing() {
        return lastError != null;
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public boolean isPaused() {
        return paused;
    }

    public Instant getLastPolledAt() {
        return lastPolledAt;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
