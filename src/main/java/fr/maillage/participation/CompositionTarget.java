package fr.maillage.participation;

import jakarta.persistence.Embeddable;

/**
 * A composition target of a council: so many seats for the residents of an age band or a quartier.
 *
 * @param dimension {@code AGE} or {@code QUARTIER}
 * @param category the age band code ("16-25") or the QPV code
 */
@Embeddable
public record CompositionTarget(String dimension, String category, int seats) {

    public static final String AGE = "AGE";
    public static final String QUARTIER = "QUARTIER";
}
