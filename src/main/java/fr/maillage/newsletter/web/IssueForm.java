package fr.maillage.newsletter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An issue's title and introduction (HTML, sanitised when saved). */
record IssueForm(
        @NotBlank(message = "{newsletter.field.title.required}") @Size(max = 200) String title,
        @Size(max = 50000) String introduction,
        long version) {
}
