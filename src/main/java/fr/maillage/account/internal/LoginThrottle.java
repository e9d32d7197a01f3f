package fr.maillage.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per e-mail address and per client address; after {@link #MAX_FAILURES}
 * failures within {@link #WINDOW}, further attempts are refused until the window has passed.
 * Counting per address as well stops one client from trying many accounts.
 */
@Component
public class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final int MAX_FAILURES_PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public boolean isBlocked(String email, String clientAddress) {
        return count(emailKey(email)) >= MAX_FAILURES || count(clientKey(clientAddress)) >= MAX_FAILURES_PER_CLIENT;
    }

    public void recordFailure(String email, String clientAddress) {
        if (failures.size() > MAX_KEYS) {
            failures.clear();
        }
        add(emailKey(email));
        add(clientKey(clientAddress));
    }

    public void recordSuccess(String email) {
        failures.remove(emailKey(email));
    }

    private int count(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            Instant limit = clock.instant().minus(WINDOW);
            while (!times.isEmpty() && times.peekFirst().isBefore(limit)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private static String emailKey(String email) {
        return "e:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private static String clientKey(String address) {
        return "a:" + address;
    }
}
