package fr.maillage.agenda.web;

import fr.maillage.agenda.QuestionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A survey question to add; a choice question lists its options one per line.
 */
record QuestionForm(
        @NotNull(message = "{agenda.question.kind.required}") QuestionKind kind,
        @NotBlank(message = "{agenda.question.label.required}") @Size(max = 300) String label,
        @Size(max = 2000) String choices) {

    static QuestionForm empty() {
        return new QuestionForm(QuestionKind.SCALE, "", "");
    }
}
