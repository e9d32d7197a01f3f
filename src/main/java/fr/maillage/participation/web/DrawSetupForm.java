package fr.maillage.participation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * The first step of a draw: which pool, how many seats, which quota dimensions to cross.
 */
public record DrawSetupForm(
        @NotNull(message = "{participation.draw.pool.required}") Long poolId,
        @NotNull(message = "{participation.draw.seats.range}") @Min(value = 1, message = "{participation.draw.seats.range}")
        @Max(value = 500, message = "{participation.draw.seats.range}") Integer seats,
        Boolean gender, Boolean ageBand, Boolean quartier,
        @Min(value = 0, message = "{participation.draw.substitutes.range}")
        @Max(value = 5, message = "{participation.draw.substitutes.range}") Integer substitutesPerSeat) {

    public boolean crossesGender() {
        return Boolean.TRUE.equals(gender);
    }

    public boolean crossesAgeBand() {
        return Boolean.TRUE.equals(ageBand);
    }

    public boolean crossesQuartier() {
        return Boolean.TRUE.equals(quartier);
    }

    public int substitutes() {
        return substitutesPerSeat == null ? 1 : substitutesPerSeat;
    }
}
