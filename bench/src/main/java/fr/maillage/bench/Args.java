package fr.maillage.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code --name value} options of a bench command.
 */
public final class Args {

    private final Map<String, String> values = new HashMap<>();

    public Args(String[] args, int from) {
        for (int i = from; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Expected --name value, got: " + args[i]);
            }
            values.put(args[i].substring(2), args[++i]);
        }
    }

    public static Args of(String... pairs) {
        return new Args(pairs, 0);
    }

    public String get(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("Missing option --" + name);
        }
        return value;
    }

    public String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    public int integer(String name, int fallback) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : fallback;
    }

    public long number(String name, long fallback) {
        return values.containsKey(name) ? Long.parseLong(values.get(name)) : fallback;
    }

    public Path path(String name) {
        return Path.of(get(name));
    }

    /** The database connection given by --jdbc, --db-user and --db-password. */
    public Database database() {
        return new Database(get("jdbc"), get("db-user", "postgres"), get("db-password", ""));
    }
}
