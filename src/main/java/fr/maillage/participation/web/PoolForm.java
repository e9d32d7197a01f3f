package fr.maillage.participation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A new pool: its name and, optionally, until when it keeps the residents' personal data.
 */
public record PoolForm(
        @NotBlank(message = "{participation.pool.name.required}") @Size(max = 200, message = "{participation.pool.name.size}") String name,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate retainUntil) {

    public static PoolForm empty() {
        return new PoolForm(null, null);
    }
}
