package fr.maillage.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An error of the API as an RFC 9457 problem document, in French.
 *
 * @param type      always {@code about:blank}: the status says what kind of problem it is
 * @param title     short summary of the kind of problem
 * @param status    the HTTP status
 * @param detail    what went wrong with this request and how to fix it
 * @param instance  the path that was called
 * @param errors    for invalid input, each wrong field and why
 * @param reference for unexpected errors, the number under which the log holds the details
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiProblem(String type, String title, int status, String detail, String instance,
        List<FieldMessage> errors, String reference) {

    static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One invalid input.
     *
     * @param field   its path in the JSON body ({@code perimeter.communes[2]}) or the parameter name
     * @param message why it is refused
     */
    public record FieldMessage(String field, String message) {
    }
}
