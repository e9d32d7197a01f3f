package fr.maillage.newsletter.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Limits subscription requests per client address (a few per quarter of an hour), so that a bot
 * cannot use the form to send confirmation e-mails to many addresses. Kept in memory: each node
 * limits on its own, which is enough against a flood.
 */
@Component
public class SubscriptionThrottle {

    static final int MAX_REQUESTS = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_CLIENTS = 100_000;

    private final Map<String, Deque<Instant>> requests = new ConcurrentHashMap<>();
    private final Clock clock;

    public SubscriptionThrottle() {
        this(Clock.systemUTC());
    }

    SubscriptionThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Counts a request of the client; false when it is one too many. */
    public boolean allow(String client) {
        Instant now = clock.instant();
        if (requests.size() > MAX_CLIENTS) {
            requests.clear();
        }
        Deque<Instant> times = requests.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= MAX_REQUESTS) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
