package fr.maillage.newsletter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A free text section of an issue (HTML, sanitised when saved). */
record TextSectionForm(
        @NotBlank(message = "{newsletter.field.heading.required}") @Size(max = 500) String heading,
        @NotBlank(message = "{newsletter.field.text.required}") @Size(max = 50000) String text) {
}
