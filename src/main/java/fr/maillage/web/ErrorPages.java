package fr.maillage.web;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Error pages in French for the pages (the API answers problem documents instead). A server error
 * gets a reference number, shown to the user and written to the log with the stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    private final NavigationModel navigation;

    ErrorPages(NavigationModel navigation) {
        this.navigation = navigation;
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ModelAndView notFound(HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND, "error/404", Map.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(HttpServletRequest request, AccessDeniedException e) {
        if (NavigationModel.currentUser() == null) {
            throw e;
        }
        return page(request, HttpStatus.FORBIDDEN, "error/403", Map.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView conflict(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        return page(request, HttpStatus.CONFLICT, "error/409",
                Map.of("retryUrl", referer != null && referer.startsWith("http") ? referer : request.getRequestURI()));
    }

    @ExceptionHandler(BusinessRuleException.class)
    ModelAndView refused(HttpServletRequest request, BusinessRuleException e) {
        return page(request, HttpStatus.UNPROCESSABLE_CONTENT, "error/422",
                Map.of("messageKey", e.messageKey(), "messageArgs", e.arguments()));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
        HttpRequestMethodNotSupportedException.class, MaxUploadSizeExceededException.class})
    ModelAndView badRequest(HttpServletRequest request, Exception e) {
        HttpStatus status = e instanceof HttpRequestMethodNotSupportedException ? HttpStatus.METHOD_NOT_ALLOWED
                : e instanceof MaxUploadSizeExceededException ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        return page(request, status, "error/400", Map.of());
    }

    /**
     * A value the database refuses (too long for its column, a duplicate): the input is at fault, and
     * nothing was saved since the transaction rolled back.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView integrity(HttpServletRequest request, DataIntegrityViolationException e) {
        log.info("Data integrity violation on {} {}: {}", request.getMethod(), request.getRequestURI(),
                e.getMostSpecificCause().getMessage());
        return page(request, HttpStatus.UNPROCESSABLE_CONTENT, "error/422",
                Map.of("messageKey", "error.422.integrity", "messageArgs", new Object[0]));
    }

    @ExceptionHandler(Exception.class)
    ModelAndView serverError(HttpServletRequest request, Exception e) {
        HttpStatusCode refused = clientError(e);
        if (refused != null) {
            log.debug("Request refused on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            return page(request, HttpStatus.valueOf(refused.value()),
                    refused.value() == HttpStatus.NOT_FOUND.value() ? "error/404" : "error/400", Map.of());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        log.error("Server error, reference {} on {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return page(request, HttpStatus.INTERNAL_SERVER_ERROR, "error/5xx", Map.of("reference", reference));
    }

    /**
     * The status of a failure caused by the request itself (a framework refusal such as a wrong content
     * type, a missing part, an unreadable upload or a method argument that does not convert), or null
     * for a server error.
     */
    private static HttpStatusCode clientError(Exception e) {
        if (e instanceof ErrorResponse response && response.getStatusCode().is4xxClientError()) {
            return response.getStatusCode();
        }
        if (e instanceof MultipartException || e instanceof ConversionFailedException
                || e instanceof jakarta.validation.ConstraintViolationException) {
            return HttpStatus.BAD_REQUEST;
        }
        return null;
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String view, Map<String, Object> extra) {
        Map<String, Object> model = new HashMap<>(extra);
        navigation.populate(request, model);
        model.put("status", status.value());
        ModelAndView result = new ModelAndView(view, model);
        result.setStatus(status);
        return result;
    }
}
