package fr.maillage.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers in JSON the API calls that reached no controller: an unknown address, a method or a
 * content type that no endpoint takes. Controller advice never sees them (there is no controller
 * yet), and the pages' error handling would answer in HTML.
 */
@Component
class ApiRoutingExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ApiRoutingExceptionResolver.class);

    private final ApiExceptionHandler handler;
    private final JsonMapper mapper;

    ApiRoutingExceptionResolver(ApiExceptionHandler handler, JsonMapper mapper) {
        this.handler = handler;
        this.mapper = mapper;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object target,
            Exception e) {
        if (target instanceof HandlerMethod || !isApi(request) || !isRouting(e)) {
            return null;
        }
        ResponseEntity<ApiProblem> answer = handler.routingProblem(e, request);
        try {
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setContentType(ApiProblem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            mapper.writeValue(response.getOutputStream(), answer.getBody());
        } catch (IOException io) {
            log.debug("Could not write the API error: {}", io.getMessage());
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isRouting(Exception e) {
        return e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException
                || e instanceof HttpRequestMethodNotSupportedException
                || e instanceof HttpMediaTypeNotSupportedException || e instanceof HttpMediaTypeNotAcceptableException;
    }
}
