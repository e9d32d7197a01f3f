package fr.maillage.programme.web;

import fr.maillage.programme.Axis;
import fr.maillage.programme.Objective;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An axis or objective as typed: its title and description; {@code parentId} names the strategic
 * objective above a new operational one; {@code version} the version an edit form was built from.
 */
public record StrategyItemForm(
        @NotBlank(message = "{programme.strategy.title.required}") @Size(max = 250, message = "{programme.strategy.title.size}") String title,
        @Size(max = 4000, message = "{programme.strategy.description.size}") String description,
        Long parentId,
        Long version) {

    static StrategyItemForm empty(Long parentId) {
        return new StrategyItemForm("", "", parentId, null);
    }

    static StrategyItemForm of(Axis axis) {
        return new StrategyItemForm(axis.getTitle(), axis.getDescription(), null, axis.getVersion());
    }

    static StrategyItemForm of(Objective objective) {
        return new StrategyItemForm(objective.getTitle(), objective.getDescription(), objective.getParentId(),
                objective.getVersion());
    }

    long expectedVersion() {
        return version == null ? -1 : version;
    }
}
