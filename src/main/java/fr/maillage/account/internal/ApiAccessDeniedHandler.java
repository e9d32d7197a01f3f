package fr.maillage.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Says why the API refused a call. Passwords (HTTP Basic) only create tokens, and tokens do
 * everything else but create tokens: a leaked token can then be ended by revoking it, and a
 * password is not sent with every call. A caller who used the wrong kind of credentials is told
 * which one to use instead of a bare "forbidden".
 */
class ApiAccessDeniedHandler implements AccessDeniedHandler {

    private final MessageSource messages;

    ApiAccessDeniedHandler(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean api = SecurityConfiguration.pathOf(request).startsWith(SecurityConfiguration.API_PREFIX);
        if (SecurityConfiguration.isTokenCreation(request) && authentication instanceof ApiTokenAuthentication) {
            ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN, text("api.security.passwordRequired.title"),
                    text("api.security.passwordRequired.detail"));
        } else if (api && authentication instanceof UsernamePasswordAuthenticationToken) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"maillage\"");
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, text("api.security.tokenRequired.title"),
                    text("api.security.tokenRequired.detail"));
        } else {
            ApiErrors.forbidden(request, response, denied);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }
}
