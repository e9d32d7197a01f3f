package fr.maillage.account.internal;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Three chains: the REST API and the operators' endpoints are stateless
 * (tokens or Basic), the pages use a session with form login and CSRF.
 */
@Configuration
public class SecurityConfiguration {

    /** Strict policy: no inline script or style anywhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** Swagger UI sets inline styles; it gets its own, otherwise identical, policy. */
    static final String API_UI_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'",
            "style-src 'self' 'unsafe-inline'");

    /** Where the REST API lives. */
    static final String API_PREFIX = "/api/";
    static final String TOKEN_CREATION_PATH = "/api/v1/tokens";

    /** Paths anyone may open without logging in. */
    static final String[] PUBLIC_PATHS = {"/", "/accessibilite", "/mentions-legales", "/setup", "/connexion",
        "/mot-de-passe/**", "/invitation/**", "/portail/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
        "/favicon.ico", "/error", "/erreur/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
        "/conseils-citoyens", "/conseils-citoyens/**",
        "/swagger-ui/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
            LoginThrottle throttle) {
        return new ProviderManager(List.of(new ThrottledAuthenticationProvider(users, encoder, throttle)));
    }

    /**
     * The REST API and the operators' endpoints. A password (HTTP Basic) only creates a token
     * ({@code POST /api/v1/tokens}); every other API call needs a token, and a token cannot create
     * another one. The operators' endpoints take either, from an administrator.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectProvider<ApiAuthenticationFilter> apiFilter,
            AuthenticationManager authenticationManager, MessageSource messages) throws Exception {
        http.securityMatcher(API_PREFIX + "**", "/actuator/**")
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers(SecurityConfiguration::isTokenCreation).access(authenticatedBy(
                                UsernamePasswordAuthenticationToken.class))
                        .anyRequest().access(authenticatedBy(ApiTokenAuthentication.class)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(ApiErrors::unauthorized))
                .exceptionHandling(e -> e.authenticationEntryPoint(ApiErrors::unauthorized)
                        .accessDeniedHandler(new ApiAccessDeniedHandler(messages)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        apiFilter.ifAvailable(filter -> http.addFilterBefore(filter, BasicAuthenticationFilter.class));
        return http.build();
    }

    /** Request attribute telling the 403 page that the form's CSRF token had expired. */
    static final String CSRF_EXPIRED = "maillageCsrfExpired";

    /**
     * A refused CSRF token is almost always an expired session (a form left open for hours, or a
     * logout in another tab): the 403 page then says so instead of speaking of roles.
     */
    private static final org.springframework.security.web.access.AccessDeniedHandler CSRF_AWARE_ACCESS_DENIED =
            (request, response, exception) -> {
                if (exception instanceof org.springframework.security.web.csrf.CsrfException) {
                    request.setAttribute(CSRF_EXPIRED, Boolean.TRUE);
                }
                new org.springframework.security.web.access.AccessDeniedHandlerImpl()
                        .handle(request, response, exception);
            };

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, AccountManagement accounts,
            AuthenticationManager authenticationManager) throws Exception {
        http.authenticationManager(authenticationManager);
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(jakarta.servlet.http.HttpServletRequest request,
                    HttpServletResponse response, org.springframework.security.core.Authentication authentication)
                    throws java.io.IOException, jakarta.servlet.ServletException {
                if (authentication.getPrincipal() instanceof AccountPrincipal principal) {
                    accounts.recordLogin(principal.id());
                    if (principal.isMustChangePassword()) {
                        getRedirectStrategy().sendRedirect(request, response, "/compte/mot-de-passe");
                        return;
                    }
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        http.authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/connexion").loginProcessingUrl("/connexion")
                        .usernameParameter("email").passwordParameter("motDePasse")
                        .successHandler(success)
                        .failureHandler((request, response, exception) -> response.sendRedirect(
                                request.getContextPath() + (exception instanceof LoginThrottledException
                                        ? "/connexion?bloque" : "/connexion?erreur")))
                        .permitAll())
                .logout(l -> l.logoutUrl("/deconnexion").logoutSuccessUrl("/connexion?deconnecte")
                        .deleteCookies("JSESSIONID").permitAll())
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(CSRF_AWARE_ACCESS_DENIED))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        return http.build();
    }

    @Bean
    @Order(0)
    SecurityFilterChain apiUiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/v3/api-docs")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_UI_POLICY)));
        return http.build();
    }

    /** Whether the request creates a personal API token, the one API call made with a password. */
    static boolean isTokenCreation(jakarta.servlet.http.HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
                && TOKEN_CREATION_PATH.equals(pathOf(request));
    }

    /** The path of a request inside the application. */
    static String pathOf(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static AuthorizationManager<RequestAuthorizationContext> authenticatedBy(
            Class<? extends Authentication> kind) {
        return (authentication, context) -> new AuthorizationDecision(kind.isInstance(authentication.get()));
    }

    static boolean isGet(jakarta.servlet.http.HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod());
    }
}
