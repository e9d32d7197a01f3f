package fr.maillage.bench.measure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page or API call of a scenario file ({@code bench/scenarios/*.tsv}): its name, how it is
 * authenticated, its path with placeholders, and its French label.
 */
public record Target(String name, String auth, String path, String label) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** Reads a scenario file: tab-separated lines, {@code #} comments and blank lines ignored. */
    public static List<Target> read(Path file) throws IOException {
        List<Target> targets = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length != 4) {
                throw new IllegalArgumentException(file + ": expected name, auth, path, label: " + line);
            }
            if (!List.of("none", "session", "token").contains(fields[1])) {
                throw new IllegalArgumentException(file + ": unknown auth '" + fields[1] + "': " + line);
            }
            targets.add(new Target(fields[0], fields[1], fields[2], fields[3]));
        }
        return targets;
    }

    /** Whether the module that serves it exists ("-" as path means not yet). */
    public boolean exists() {
        return !"-".equals(path);
    }

    /** The placeholders of the path that {@code values} does not fill. */
    public List<String> missing(Map<String, String> values) {
        List<String> missing = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(path);
        while (matcher.find()) {
            if (!values.containsKey(matcher.group(1))) {
                missing.add(matcher.group(1));
            }
        }
        return missing;
    }

    /** The path with its placeholders replaced by the URL-encoded values. */
    public String resolve(Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("No value for {" + matcher.group(1) + "} in " + path);
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(Http.encode(value)));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** The request headers its authentication needs. */
    public Map<String, String> headers(Credentials credentials) {
        return switch (auth) {
            case "session" -> Map.of("Cookie", credentials.sessionCookie());
            case "token" -> Map.of("Authorization", "Bearer " + credentials.apiToken());
            default -> Map.of();
        };
    }

    /**
     * Why an answer before measuring means that this build does not serve the target yet, or
     * {@code null} when it does: the path is unknown (404), or the API refuses personal tokens (401),
     * which arrive with the REST API's token module.
     */
    public String unavailable(Http.Answer answer) {
        if (answer.status() == 404) {
            return "HTTP 404: not served by this build";
        }
        if (answer.status() == 401 && auth.equals("token")) {
            return "HTTP 401: this build does not accept personal API tokens yet";
        }
        return null;
    }

    /** The benchmark user's logged-in session and API token. */
    public record Credentials(String sessionCookie, String apiToken) {
    }
}
