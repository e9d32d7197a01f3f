package fr.maillage.directory.web;

import fr.maillage.directory.InvalidOrganisationException;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * French problem documents (RFC 9457) for the directory API, with one entry per invalid field.
 * Scoped to the directory's API so that it steps aside for the platform's API error handler once
 * that one covers these cases.
 */
@RestControllerAdvice(assignableTypes = DirectoryApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryApiErrors {

    private final MessageSource messages;

    DirectoryApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** One invalid field and why. */
    record FieldError(String field, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        return invalid(e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList());
    }

    @ExceptionHandler(InvalidOrganisationException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidOrganisationException e) {
        return invalid(e.violations().stream()
                .map(v -> new FieldError(v.field(), text(v.messageKey(), v.arguments()))).toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, text("directory.api.notFound"), null, Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden() {
        return problem(HttpStatus.FORBIDDEN, text("directory.api.forbidden"), null, Map.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> conflict() {
        return problem(HttpStatus.CONFLICT, text("directory.api.conflict"), text("directory.api.conflict.detail"),
                Map.of());
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ProblemDetail> refused(BusinessRuleException e) {
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, text("directory.api.invalid"),
                text(e.messageKey(), e.arguments()), Map.of());
    }

    private ResponseEntity<ProblemDetail> invalid(List<FieldError> errors) {
        return problem(HttpStatus.BAD_REQUEST, text("directory.api.invalid"), text("directory.api.invalid.detail"),
                Map.of("errors", errors));
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setTitle(title);
        problem.setDetail(detail);
        properties.forEach(problem::setProperty);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
