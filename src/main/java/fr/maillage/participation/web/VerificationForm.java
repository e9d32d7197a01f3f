package fr.maillage.participation.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What anyone types (or finds pre-filled from a published draw) to re-run a draw: the seed phrase,
 * the quota lines, the substitutes per seat and the anonymised pool list.
 */
public record VerificationForm(
        @NotBlank(message = "{participation.verify.seed.required}") @Size(max = 500, message = "{participation.draw.seed.size}") String seedPhrase,
        @NotBlank(message = "{participation.verify.cells.required}") @Size(max = 20000, message = "{participation.verify.cells.invalid}") String cells,
        @Min(value = 0, message = "{participation.draw.substitutes.range}") @Max(value = 5, message = "{participation.draw.substitutes.range}") int substitutesPerSeat,
        @NotBlank(message = "{participation.verify.pool.required}") @Size(max = 2000000, message = "{participation.verify.pool.invalid}") String pool) {

    public static VerificationForm empty() {
        return new VerificationForm("", "F;*;*;6\nH;*;*;6\n", 1, "");
    }
}
