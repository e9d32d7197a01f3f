package fr.maillage.account.internal;

import fr.maillage.account.ApiTokenManagement;
import fr.maillage.account.AccountPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API calls that carry {@code Authorization: Bearer <token>}. A valid token makes the
 * request its user's; an unknown, revoked or disabled one is answered at once with 401, rather than
 * letting the call go on anonymously and fail later with a less precise message.
 */
public class BearerTokenFilter extends OncePerRequestFilter implements ApiAuthenticationFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenManagement tokens;
    private final MessageSource messages;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public BearerTokenFilter(ApiTokenManagement tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> principal = tokens.authenticate(header.substring(BEARER.length()).strip());
        if (principal.isEmpty()) {
            contexts.clearContext();
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"maillage\", error=\"invalid_token\"");
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, text("api.security.invalidToken.title"),
                    text("api.security.invalidToken.detail"));
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(principal.get()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
