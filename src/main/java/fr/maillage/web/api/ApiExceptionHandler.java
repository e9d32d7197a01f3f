package fr.maillage.web.api;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.web.api.ApiProblem.FieldMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of a REST controller into a French problem document: the caller learns what
 * to fix, never sees a stack trace, and an unexpected error gets a reference number to quote while
 * the log keeps the details under it. Pages have their own error handling; this one stops at REST
 * controllers.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    private static final HttpStatus UNPROCESSABLE = HttpStatus.valueOf(422);

    private final ApiErrorTexts texts;
    private final JsonErrors json;

    ApiExceptionHandler(ApiErrorTexts texts) {
        this.texts = texts;
        this.json = new JsonErrors(texts);
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiProblem> invalid(BindException e, HttpServletRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldMessage(null, texts.text(g))));
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            errors.add(new FieldMessage(f.getField(), texts.text(f)));
        }
        return invalid(errors, request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiProblem> invalid(HandlerMethodValidationException e, HttpServletRequest request) {
        List<FieldMessage> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(error -> new FieldMessage(
                        r.getMethodParameter().getParameterName(), texts.text(error))))
                .toList();
        return invalid(errors, request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiProblem> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        log.debug("Unreadable API request body on {}: {}", request.getRequestURI(), e.getMessage());
        FieldMessage error = json.fieldError(e);
        String detail = error == null ? texts.text("api.error.json.detail") : texts.text("api.error.json.field.detail");
        return problem(HttpStatus.BAD_REQUEST, texts.text("api.error.json.title"), detail, request,
                error == null ? null : List.of(error), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiProblem> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        String message = texts.text("api.error.parameter.detail", e.getName(), String.valueOf(e.getValue()),
                texts.expected(e.getRequiredType()));
        return problem(HttpStatus.BAD_REQUEST, texts.text("api.error.badRequest.title"), message, request,
                List.of(new FieldMessage(e.getName(), message)), null);
    }

    @ExceptionHandler(ServletRequestBindingException.class)
    ResponseEntity<ApiProblem> binding(ServletRequestBindingException e, HttpServletRequest request) {
        String detail = e instanceof MissingServletRequestParameterException missing
                ? texts.text("api.error.missingParameter.detail", missing.getParameterName())
                : texts.text("api.error.badRequest.detail");
        return problem(HttpStatus.BAD_REQUEST, texts.text("api.error.badRequest.title"), detail, request, null, null);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiProblem> notFound(NotFoundException e, HttpServletRequest request) {
        log.debug("API not found on {}: {}", request.getRequestURI(), e.getMessage());
        return problem(HttpStatus.NOT_FOUND, texts.text("api.error.notFound.title"),
                texts.text("api.error.notFound.detail"), request, null, null);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiProblem> forbidden(AccessDeniedException e, HttpServletRequest request) {
        log.debug("API access denied on {}: {}", request.getRequestURI(), e.getMessage());
        return problem(HttpStatus.FORBIDDEN, texts.text("api.error.forbidden.title"),
                texts.text("api.error.forbidden.detail"), request, null, null);
    }

    /**
     * A refused business act. Rules whose key says the record already exists ({@code ….duplicate},
     * {@code ….already…}) conflict with the current data (409); the others refuse the input (422).
     */
    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<ApiProblem> rule(BusinessRuleException e, HttpServletRequest request) {
        String detail = texts.textOr(e.messageKey(), e.arguments(), "api.error.rule.detail");
        return isConflict(e.messageKey())
                ? problem(HttpStatus.CONFLICT, texts.text("api.error.conflict.title"), detail, request, null, null)
                : problem(UNPROCESSABLE, texts.text("api.error.rule.title"), detail, request, null, null);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ApiProblem> concurrent(OptimisticLockingFailureException e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, texts.text("api.error.conflict.title"),
                texts.text("api.error.concurrent.detail"), request, null, null);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiProblem> integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        log.info("API data integrity violation on {}: {}", request.getRequestURI(), e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, texts.text("api.error.conflict.title"),
                texts.text("api.error.integrity.detail"), request, null, null);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiProblem> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, texts.text("api.error.tooLarge.title"),
                texts.text("api.error.tooLarge.detail"), request, null, null);
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
        HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
        HttpMediaTypeNotAcceptableException.class})
    ResponseEntity<ApiProblem> routing(Exception e, HttpServletRequest request) {
        return routingProblem(e, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiProblem> unexpected(Exception e, HttpServletRequest request) {
        HttpStatusCode status = e instanceof ErrorResponse response ? response.getStatusCode()
                : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is4xxClientError()) {
            log.debug("API request refused on {}: {}", request.getRequestURI(), e.getMessage());
            return problem(status, texts.text("api.error.refused.title"),
                    texts.text("api.error.refused.detail", status.value()), request, null, null);
        }
        String reference = HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextInt());
        log.error("API error {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return problem(status, texts.text("api.error.internal.title"), texts.text("api.error.internal.detail",
                reference), request, null, reference);
    }

    /**
     * The answer to a request no REST controller could take: unknown address, wrong method, body
     * or answer in a format the API does not speak.
     */
    ResponseEntity<ApiProblem> routingProblem(Exception e, HttpServletRequest request) {
        if (e instanceof HttpRequestMethodNotSupportedException method) {
            String allowed = method.getSupportedHttpMethods() == null ? ""
                    : method.getSupportedHttpMethods().stream().map(Object::toString).sorted()
                            .collect(Collectors.joining(", "));
            ResponseEntity<ApiProblem> answer = problem(HttpStatus.METHOD_NOT_ALLOWED,
                    texts.text("api.error.method.title"),
                    texts.text("api.error.method.detail", method.getMethod(), allowed), request, null, null);
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header(HttpHeaders.ALLOW, allowed).body(answer.getBody());
        }
        if (e instanceof HttpMediaTypeNotSupportedException media) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, texts.text("api.error.mediaType.title"),
                    texts.text("api.error.mediaType.detail", String.valueOf(media.getContentType())), request,
                    null, null);
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return problem(HttpStatus.NOT_ACCEPTABLE, texts.text("api.error.notAcceptable.title"),
                    texts.text("api.error.notAcceptable.detail"), request, null, null);
        }
        return problem(HttpStatus.NOT_FOUND, texts.text("api.error.notFound.title"),
                texts.text("api.error.noRoute.detail"), request, null, null);
    }

    private ResponseEntity<ApiProblem> invalid(List<FieldMessage> errors, HttpServletRequest request) {
        return problem(HttpStatus.BAD_REQUEST, texts.text("api.error.validation.title"),
                texts.text("api.error.validation.detail"), request, errors, null);
    }

    private static ResponseEntity<ApiProblem> problem(HttpStatusCode status, String title, String detail,
            HttpServletRequest request, List<FieldMessage> errors, String reference) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(new ApiProblem("about:blank", title, status.value(), detail, request.getRequestURI(), errors,
                        reference));
    }

    private static boolean isConflict(String key) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        return last.equals("duplicate") || last.startsWith("already");
    }
}
