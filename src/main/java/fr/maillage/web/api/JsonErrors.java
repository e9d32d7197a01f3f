package fr.maillage.web.api;

import fr.maillage.web.api.ApiProblem.FieldMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Finds, in an unreadable JSON body, the field that could not be read and says what it should hold.
 */
final class JsonErrors {

    private final ApiErrorTexts texts;

    JsonErrors(ApiErrorTexts texts) {
        this.texts = texts;
    }

    /** The wrong field, or null when the body is not JSON at all (or missing). */
    FieldMessage fieldError(HttpMessageNotReadableException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String field = path(mismatch);
                if (mismatch instanceof UnrecognizedPropertyException) {
                    return new FieldMessage(field, texts.text("api.error.json.unknownField"));
                }
                String expected = texts.expected(mismatch.getTargetType());
                return new FieldMessage(field, mismatch instanceof InvalidFormatException format
                        && format.getValue() != null
                        ? texts.text("api.error.json.invalidValue", String.valueOf(format.getValue()), expected)
                        : expected);
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
