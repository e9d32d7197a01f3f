package fr.maillage.testing;

import java.util.function.Supplier;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares in the current thread, for tests that prove a page
 * or a service asks the database a bounded number of times. Registered on every test context by
 * {@link TestInfrastructure}; other threads (background jobs) are not counted.
 */
public class StatementCounter implements StatementInspector {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    @Override
    public String inspect(String sql) {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
        return sql;
    }

    /** Runs the work and returns how many statements Hibernate prepared for it in this thread. */
    public static int count(Runnable work) {
        return counted(() -> {
            work.run();
            return null;
        }).statements();
    }

    /** Runs the work and returns its result with the number of statements it took. */
    public static <T> Counted<T> counted(Supplier<T> work) {
        int[] previous = COUNT.get();
        int[] count = {0};
        COUNT.set(count);
        try {
            T result = work.get();
            return new Counted<>(result, count[0]);
        } finally {
            if (previous == null) {
                COUNT.remove();
            } else {
                COUNT.set(previous);
            }
        }
    }

    /** A result and the statements it took. */
    public record Counted<T>(T result, int statements) {
    }
}
