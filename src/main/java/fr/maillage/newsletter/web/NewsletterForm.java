package fr.maillage.newsletter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The newsletter's settings. */
record NewsletterForm(
        @NotBlank(message = "{newsletter.field.name.required}") @Size(max = 200) String name,
        @Size(max = 2000) String description,
        boolean open,
        long version) {
}
