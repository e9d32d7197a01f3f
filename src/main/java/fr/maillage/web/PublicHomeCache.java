package fr.maillage.web;

import fr.maillage.shared.search.SearchableContent;
import fr.maillage.shared.search.SearchableRemoved;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public home page as every anonymous visitor sees it, kept in memory: it is the same for all of
 * them (no session, no CSRF token, no personal data), so it is rendered at most once every
 * {@code maillage.public-home.cache-ttl} (30 seconds, for the upcoming events that become past) and
 * again as soon as a published sheet or a public event changes. While one request renders a stale
 * page, the others get the stale one; no visitor waits for a rendering another is doing, except the
 * first. A visitor with a session, a query string or an account always gets a fresh rendering.
 *
 * <p>The filter runs after Spring Security's chain, so the cached page carries the same security
 * headers as any other. Each node keeps its own copy; a change made on another node shows here
 * within the time to live.
 */
@Component
class PublicHomeCache extends OncePerRequestFilter {

    /** Search types whose change may change the public home (latest sheets, upcoming events). */
    private static final Set<String> SHOWN_TYPES = Set.of("experience", "event");

    private record Page(byte[] body, String contentType, long renderedAt) {
    }

    private final long timeToLive;
    private final AtomicBoolean rendering = new AtomicBoolean();
    private volatile Page page;
    private final AtomicLong generation = new AtomicLong();

    PublicHomeCache(@Value("${maillage.public-home.cache-ttl:PT30S}") Duration timeToLive) {
        this.timeToLive = timeToLive.toNanos();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Not HEAD: its rendering writes no body, which must never be kept as the page.
        return !"GET".equals(request.getMethod())
                || !"/".equals(request.getRequestURI().substring(request.getContextPath().length()))
                || request.getQueryString() != null
                || request.getSession(false) != null
                || !anonymous(SecurityContextHolder.getContext().getAuthentication());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Page current = page;
        boolean fresh = current != null && System.nanoTime() - current.renderedAt() < timeToLive;
        if (fresh || (current != null && rendering.get())) {
            serve(current, response);
            return;
        }
        if (!rendering.compareAndSet(false, true)) {
            // Another request renders the first page: render this one too, without keeping it.
            chain.doFilter(request, response);
            return;
        }
        try {
            long startedAt = generation.get();
            ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
            long renderedAt = System.nanoTime();
            chain.doFilter(request, captured);
            String contentType = captured.getContentType();
            if (captured.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
                    && contentType != null && contentType.startsWith("text/html") && generation.get() == startedAt) {
                page = new Page(captured.getContentAsByteArray(), contentType, renderedAt);
            }
            captured.copyBodyToResponse();
        } finally {
            rendering.set(false);
        }
    }

    /** A sheet or an event changed: the next visitor gets a new rendering. */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(SearchableContent content) {
        if (SHOWN_TYPES.contains(content.type())) {
            invalidate();
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    void removed(SearchableRemoved removed) {
        if (SHOWN_TYPES.contains(removed.type())) {
            invalidate();
        }
    }

    private void invalidate() {
        generation.incrementAndGet();
        page = null;
    }

    private static void serve(Page cached, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(cached.contentType());
        response.setContentLength(cached.body().length);
        response.getOutputStream().write(cached.body());
    }

    private static boolean anonymous(Authentication authentication) {
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }
}
