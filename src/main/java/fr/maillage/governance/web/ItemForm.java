package fr.maillage.governance.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An agenda item as typed. */
public record ItemForm(
        @NotBlank(message = "{governance.item.title.required}") @Size(max = 300, message = "{governance.item.title.size}") String title,
        @Size(max = 200, message = "{governance.item.presenter.size}") String presenter,
        @Min(value = 1, message = "{governance.item.duration.range}") @Max(value = 600, message = "{governance.item.duration.range}") Integer durationMinutes,
        Long version) {

    static ItemForm empty() {
        return new ItemForm("", "", null, null);
    }
}
