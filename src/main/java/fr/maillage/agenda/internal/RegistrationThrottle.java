package fr.maillage.agenda.internal;

import fr.maillage.agenda.AgendaProperties;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * A per-address brake on the public registration form: at most
 * {@link AgendaProperties#registrationsPerMinute()} posts per address in a fixed one-minute window.
 * The counters live in this node's memory: on several nodes each node counts its own share (a
 * bot spread across nodes gets at most that many times the limit), and a restart forgets them;
 * both are acceptable for a brake that only has to make mass registration slow.
 */
@Component
public class RegistrationThrottle {

    private static final long WINDOW_MILLIS = 60_000;
    private static final int MAX_ADDRESSES = 100_000;

    private final AgendaProperties properties;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    RegistrationThrottle(AgendaProperties properties) {
        this(properties, Clock.systemUTC());
    }

    RegistrationThrottle(AgendaProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    private record Window(long start, int count) {
    }

    /** Counts a post from the address; false when it is over the limit. */
    public boolean allow(String address) {
        long now = clock.millis();
        if (windows.size() > MAX_ADDRESSES) {
            windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
        }
        Window window = windows.compute(address, (key, current) -> current == null
                || now - current.start() >= WINDOW_MILLIS ? new Window(now, 1)
                : new Window(current.start(), current.count() + 1));
        return window.count() <= properties.registrationsPerMinute();
    }
}
