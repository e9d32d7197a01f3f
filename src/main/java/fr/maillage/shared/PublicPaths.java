package fr.maillage.shared;

import java.util.List;

/**
 * Pages a module lets anyone open without logging in (anonymous visitors included). Each module
 * declares its own as a bean, next to its menu entries; the security configuration gathers them.
 * Any other page asks for a login.
 *
 * @param patterns path patterns as Spring Security reads them, e.g. {@code "/evenements"},
 *        {@code "/evenements/**"}
 */
public record PublicPaths(List<String> patterns) {

    public PublicPaths {
        patterns = List.copyOf(patterns);
        if (patterns.stream().anyMatch(p -> !p.startsWith("/"))) {
            throw new IllegalArgumentException("a public path starts with a slash: " + patterns);
        }
    }

    public PublicPaths(String... patterns) {
        this(List.of(patterns));
    }
}
