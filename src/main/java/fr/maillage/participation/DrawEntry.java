package fr.maillage.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One person drawn, or one substitute in his cell's order. A substitute is "called" once he has
 * replaced a member who left, and is not called twice.
 */
@Entity
@Table(name = "participation_draw_entry")
public class DrawEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long drawId;
    private int cellPosition;
    @Column(name = "entry_rank")
    private int rank;
    private String reference;
    private Long volunteerId;
    private boolean substitute;
    private Instant calledAt;

    protected DrawEntry() {
    }

    DrawEntry(Long drawId, int cellPosition, int rank, String reference, Long volunteerId, boolean substitute) {
        this.drawId = drawId;
        this.cellPosition = cellPosition;
        this.rank = rank;
        this.reference = reference;
        this.volunteerId = volunteerId;
        this.substitute = substitute;
    }

    void call() {
        this.calledAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Long getDrawId() {
        return drawId;
    }

    public int getCellPosition() {
        return cellPosition;
    }

    /** Order in the cell: the drawn first (0..seats-1), then the substitutes. */
    public int getRank() {
        return rank;
    }

    public String getReference() {
        return reference;
    }

    public Long getVolunteerId() {
        return volunteerId;
    }

    public boolean isSubstitute() {
        return substitute;
    }

    public Instant getCalledAt() {
        return calledAt;
    }

    public boolean isCalled() {
        return calledAt != null;
    }
}
