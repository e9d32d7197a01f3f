package fr.maillage.participation;

import fr.maillage.shared.Audited;
import fr.maillage.shared.WorkspaceScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A draw by lot that took place: everything needed to re-run it (seed phrase, quotas, the
 * anonymised pool list and its fingerprint, algorithm) and when and by whom it was run. A draw is
 * never changed afterwards.
 */
@Entity
@Table(name = "participation_draw")
@Audited("draw")
public class Draw implements WorkspaceScoped {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long workspaceId;
    private Long councilId;
    private Long poolId;
    private String seedPhrase;
    private String seedHex;
    private String poolDigest;
    private int poolSize;
    private int seats;
    private int substitutesPerSeat;
    private String algorithm;
    private String anonymisedPool;
    private Instant drawnAt;
    private String drawnBy;
    private Instant appointedAt;

    @ElementCollection
    @CollectionTable(name = "participation_draw_cell", joinColumns = @JoinColumn(name = "draw_id"))
    private List<DrawCell> cells = new ArrayList<>();

    protected Draw() {
    }

    Draw(Long workspaceId, Long councilId, Long poolId, String seedPhrase, int substitutesPerSeat,
            String anonymisedPool, FairDraw.Result result, String drawnBy) {
        this.workspaceId = workspaceId;
        this.councilId = councilId;
        this.poolId = poolId;
        this.seedPhrase = seedPhrase.strip();
        this.seedHex = result.seedHex();
        this.poolDigest = result.poolDigest();
        this.poolSize = result.poolSize();
        this.substitutesPerSeat = substitutesPerSeat;
        this.algorithm = FairDraw.ALGORITHM;
        this.anonymisedPool = anonymisedPool;
        this.drawnAt = Instant.now();
        this.drawnBy = drawnBy;
        int position = 0;
        for (FairDraw.CellResult c : result.cells()) {
            cells.add(new DrawCell(position++, c.cell().gender(), c.cell().ageBand(), c.cell().quartier(),
                    c.cell().seats(), c.available()));
            this.seats += c.cell().seats();
        }
    }

    void markAppointed() {
        this.appointedAt = Instant.now();
    }

    public List<FairDraw.Cell> quotaCells() {
        return getCells().stream().map(DrawCell::cell).toList();
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

    public Long getPoolId() {
        return poolId;
    }

    public String getSeedPhrase() {
        return seedPhrase;
    }

    public String getSeedHex() {
        return seedHex;
    }

    public String getPoolDigest() {
        return poolDigest;
    }

    public int getPoolSize() {
        return poolSize;
    }

    public int getSeats() {
        return seats;
    }

    public int getSubstitutesPerSeat() {
        return substitutesPerSeat;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getAnonymisedPool() {
        return anonymisedPool;
    }

    public Instant getDrawnAt() {
        return drawnAt;
    }

    public String getDrawnBy() {
        return drawnBy;
    }

    public Instant getAppointedAt() {
        return appointedAt;
    }

    public boolean isAppointed() {
        return appointedAt != null;
    }

    public List<DrawCell> getCells() {
        return cells.stream().sorted(Comparator.comparingInt(DrawCell::position)).toList();
    }
}
