package fr.maillage.participation;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A list of residents who may be drawn for a council (volunteers, a landlord's tenants, the electoral
 * roll), kept until {@link #getRetainUntil()}: then the names and contact details are erased and
 * only the anonymised list that makes past draws verifiable remains.
 */
@Entity
@Table(name = "participation_pool")
@Audited("volunteerPool")
public class VolunteerPool implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long councilId;
    private String name;
    private Instant createdAt;
    private LocalDate retainUntil;
    private int lastNumber;
    private Instant erasedAt;

    @Version
    private long version;

    protected VolunteerPool() {
    }

    VolunteerPool(Long workspaceId, Long councilId, String name, LocalDate retainUntil) {
        this.workspaceId = workspaceId;
        this.councilId = councilId;
        this.name = name.strip();
        this.createdAt = Instant.now();
        this.retainUntil = retainUntil;
    }

    /** The next public reference ("V00042"): pseudonyms that the draw lists publish instead of names. */
    String nextReference() {
        lastNumber++;
        return String.format("V%05d", lastNumber);
    }

    void rename(String newName, LocalDate newRetainUntil) {
        this.name = newName.strip();
        this.retainUntil = newRetainUntil;
    }

    void markErased() {
        this.erasedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    @Override
    public Long getWorkspaceId() {
        return workspaceId;
    }

    public Long getCouncilId() {
        return councilId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getRetainUntil() {
        return retainUntil;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return name;
    }
}
