package fr.maillage.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Brings the {@code page} parameter of every list page and API list into a range the database and the
 * search index can serve: a negative page becomes the first one and a page beyond {@link #MAX_PAGE}
 * the last one allowed (lists are read with GET), instead of an offset that overflows into a server error. Doing it once here
 * covers every list, including those added later. A page number that is not a number is left to the
 * controllers, which refuse it with a 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PageNumberLimit extends OncePerRequestFilter {

    /** Far beyond any list a person pages through, and small enough for any page size's offset. */
    static final int MAX_PAGE = 10_000;
    static final String PARAMETER = "page";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] values = "GET".equals(request.getMethod()) ? request.getParameterValues(PARAMETER) : null;
        if (values == null || Arrays.stream(values).allMatch(v -> clamp(v).equals(v))) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new ClampedPage(request), response);
    }

    /** The page number within bounds, or the value itself when it is not a whole number. */
    static String clamp(String value) {
        String trimmed = value.strip();
        if (!trimmed.matches("[+-]?\\d+")) {
            return value;
        }
        if (trimmed.startsWith("-")) {
            return "0";
        }
        String digits = trimmed.replaceFirst("^\\+?0*(?=\\d)", "");
        return digits.length() > 5 || Integer.parseInt(digits) > MAX_PAGE ? String.valueOf(MAX_PAGE) : digits;
    }

    private static final class ClampedPage extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        ClampedPage(HttpServletRequest request) {
            super(request);
            Map<String, String[]> copy = new LinkedHashMap<>(request.getParameterMap());
            copy.put(PARAMETER, Arrays.stream(request.getParameterValues(PARAMETER)).map(PageNumberLimit::clamp)
                    .toArray(String[]::new));
            this.parameters = java.util.Collections.unmodifiableMap(copy);
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
