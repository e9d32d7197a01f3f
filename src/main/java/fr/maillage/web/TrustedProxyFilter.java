package fr.maillage.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Honours the forwarded headers only when the request comes from a trusted proxy
 * ({@link ProxySettings}); from any other client they are removed before anything reads them, so a
 * spoofed {@code X-Forwarded-Host} never builds a redirect and a spoofed {@code X-Forwarded-For}
 * never changes the address the login throttles count. Behind trusted proxies the client is the
 * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy: what a client
 * writes to the left of it is ignored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxyFilter extends OncePerRequestFilter {

    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final List<IpAddressMatcher> trusted;
    private final ForwardedHeaderFilter honour = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter drop = new ForwardedHeaderFilter();

    TrustedProxyFilter(ProxySettings settings) {
        this.trusted = settings.trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
        this.drop.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isTrusted(request.getRemoteAddr())) {
            drop.doFilter(request, response, chain);
            return;
        }
        String client = clientBehindProxies(request.getHeader("X-Forwarded-For"));
        honour.doFilter(request, response, (forwarded, answer) -> chain.doFilter(client == null ? forwarded
                : new ClientAddress((HttpServletRequest) forwarded, client), answer));
    }

    /** Whether an address is one of the trusted proxies; host names are never looked up. */
    boolean isTrusted(String address) {
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            return trusted.stream().anyMatch(m -> m.matches(address));
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    /**
     * The client's address from an {@code X-Forwarded-For} list written by trusted proxies: the
     * right-most entry that is not a trusted proxy, or null when the header is absent or unusable.
     */
    String clientBehindProxies(String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank()) {
            return null;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!IP_LITERAL.matcher(hop).matches()) {
                return null;
            }
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip();
    }

    private static final class ClientAddress extends HttpServletRequestWrapper {

        private final String address;

        ClientAddress(HttpServletRequest request, String address) {
            super(request);
            this.address = address;
        }

        @Override
        public String getRemoteAddr() {
            return address;
        }

        @Override
        public String getRemoteHost() {
            return address;
        }
    }
}
