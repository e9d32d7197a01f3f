package fr.maillage.account.web;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Sends every page to the setup while no user exists, and a user whose password was set by an
 * administrator to the password change before anything else.
 */
@Configuration
class AccountInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    private final AccountManagement accounts;

    AccountInterceptor(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/setup", "/webjars/**", "/css/**", "/js/**", "/img/**",
                "/api/**", "/actuator/**", "/error", "/v3/**", "/swagger-ui/**", "/swagger-ui.html");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws java.io.IOException {
        if (!accounts.hasAnyUser()) {
            response.sendRedirect(request.getContextPath() + "/setup");
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                && principal.isMustChangePassword() && !request.getRequestURI().startsWith("/compte/mot-de-passe")
                && !request.getRequestURI().startsWith("/deconnexion")
                && accounts.get(principal.id()).isMustChangePassword()) {
            response.sendRedirect(request.getContextPath() + "/compte/mot-de-passe");
            return false;
        }
        return true;
    }
}
