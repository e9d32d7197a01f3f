package fr.maillage.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A quota cell of a draw as it was run: its criteria ("*" when a dimension is not used), its seats
 * and how many candidates the pool had in it.
 */
@Embeddable
public record DrawCell(@Column(name = "cell_order") int position, String gender, String ageBand, String quartier, int seats, int available) {

    public FairDraw.Cell cell() {
        return new FairDraw.Cell(gender, ageBand, quartier, seats);
    }

    public String key() {
        return cell().key();
    }
}
