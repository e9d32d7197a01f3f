package fr.maillage.knowledge.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A news source to watch: a name and the address of its RSS or Atom feed.
 */
record SourceForm(
        @NotBlank(message = "{knowledge.source.name.required}") @Size(max = 200, message = "{knowledge.field.tooLong}") String name,
        @NotBlank(message = "{knowledge.source.url.required}") @Size(max = 1000, message = "{knowledge.field.tooLong}") String url) {

    static SourceForm empty() {
        return new SourceForm("", "");
    }
}
