package fr.maillage.account.internal;

import fr.maillage.account.AccountManagement;
import fr.maillage.account.AccountPrincipal;
import fr.maillage.shared.PublicPaths;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. Three chains: the REST API and the operators' endpoints are stateless
 * (tokens or Basic), the pages use a session with form login and CSRF.
 */
@Configuration
public class SecurityConfiguration {

    private static final String BCRYPT = "bcrypt";

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

    /**
     * Paths anyone may open without logging in that belong to no module's pages: logging in and
     * setting a password, static resources, the API documentation. Each module declares its own
     * public pages as a {@link PublicPaths} bean, gathered by {@link #publicPaths(List)}.
     */
    static final String[] PUBLIC_PATHS = {"/setup", "/connexion", "/mot-de-passe/**", "/invitation/**",
        "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**"};

    /**
     * API paths anonymous visitors may read (public content only); a token still identifies its user
     * there, but a password does not (it only creates tokens).
     */
    static final String[] ANONYMOUS_API_PATHS = {"/api/v1/search"};

    /**
     * The newsletter's one-click unsubscribe (RFC 8058): mail clients POST to it without a session,
     * so it is the one page form without CSRF protection; the unguessable token in the path is the
     * proof, and unsubscribing is all it can do.
     */
    static final String ONE_CLICK_UNSUBSCRIBE_PATH = "/lettre/desabonnement/*";

    /** API reads anyone may make without a token (open data: the public events). */
    static final String[] PUBLIC_API_READS = {"/api/v1/events", "/api/v1/events/**", "/api/v1/experiences",
        "/api/v1/experiences/**"};

    /**
     * Spring Security's delegating encoder (hashes prefixed {@code {bcrypt}}, older schemes still
     * matched), with bcrypt at the cost {@code maillage.security.bcrypt-strength} (default 10, the
     * library's own). The tests set 4: thousands of users hashed at cost 10 take minutes.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${maillage.security.bcrypt-strength:10}") int bcryptStrength) {
        DelegatingPasswordEncoder defaults = (DelegatingPasswordEncoder) PasswordEncoderFactories
                .createDelegatingPasswordEncoder();
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put(BCRYPT, new BCryptPasswordEncoder(bcryptStrength));
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder(BCRYPT, encoders);
        encoder.setDefaultPasswordEncoderForMatches(defaults);
        return encoder;
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
                        .requestMatchers(HttpMethod.GET, PUBLIC_API_READS).permitAll()
                        .requestMatchers(SecurityConfiguration::isTokenCreation).access(authenticatedBy(
                                UsernamePasswordAuthenticationToken.class))
                        .requestMatchers(HttpMethod.GET, ANONYMOUS_API_PATHS).access(authenticatedBy(
                                ApiTokenAuthentication.class, AnonymousAuthenticationToken.class))
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
            AuthenticationManager authenticationManager, List<PublicPaths> modulePaths) throws Exception {
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
                        .requestMatchers(publicPaths(modulePaths)).permitAll()
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
                .csrf(c -> c.ignoringRequestMatchers(request -> HttpMethod.POST.matches(request.getMethod())
                        && PathPatternRequestMatcher.withDefaults().matcher(ONE_CLICK_UNSUBSCRIBE_PATH).matches(request)))
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

    /** The paths anyone may open: this configuration's own and those the modules declare. */
    static String[] publicPaths(List<PublicPaths> modulePaths) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(PUBLIC_PATHS),
                modulePaths.stream().flatMap(p -> p.patterns().stream())).distinct().toArray(String[]::new);
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

    @SafeVarargs
    private static AuthorizationManager<RequestAuthorizationContext> authenticatedBy(
            Class<? extends Authentication>... kinds) {
        return (authentication, context) -> new AuthorizationDecision(
                java.util.Arrays.stream(kinds).anyMatch(kind -> kind.isInstance(authentication.get())));
    }

    static boolean isGet(jakarta.servlet.http.HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod());
    }
}
