package fr.maillage.programme.web;

import fr.maillage.programme.InvalidActionException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An action refused by the programme's rules becomes a 400 problem document with one entry per
 * field, in the same shape and words as the platform's Bean Validation errors; every other error
 * of the programme API is left to the platform's API error handler.
 */
@RestControllerAdvice(assignableTypes = ProgrammeApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProgrammeApiErrors {

    private final MessageSource messages;

    ProgrammeApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** One invalid field and why. */
    record FieldMessage(String field, String message) {
    }

    @ExceptionHandler(InvalidActionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidActionException e, HttpServletRequest request) {
        List<FieldMessage> errors = e.violations().stream()
                .map(v -> new FieldMessage(v.field(), text(v.messageKey(), v.arguments()))).toList();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(text("api.error.validation.title"));
        problem.setDetail(text("api.error.validation.detail"));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
