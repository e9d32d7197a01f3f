package fr.maillage.evaluation.web.api;

import fr.maillage.evaluation.ImplausibleValuesException;
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
 * Values outside the plausible bounds become a 422 problem listing them, so that the client can ask
 * its user and send them again with {@code confirmed: true}.
 */
@RestControllerAdvice(assignableTypes = EvaluationApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvaluationApiErrors {

    private final MessageSource messages;

    EvaluationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    record Implausible(String dimension, String category, String value) {
    }

    @ExceptionHandler(ImplausibleValuesException.class)
    ResponseEntity<ProblemDetail> implausible(ImplausibleValuesException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.valueOf(422));
        problem.setTitle(text("evaluation.api.implausible.title"));
        problem.setDetail(text("evaluation.api.implausible.detail"));
        problem.setInstance(URI.create(request.getRequestURI()));
        List<Implausible> values = e.values().entrySet().stream()
                .map(v -> new Implausible(v.getKey().dimension(), v.getKey().category(), v.getValue().toPlainString()))
                .toList();
        problem.setProperty("values", values);
        return ResponseEntity.status(422).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
