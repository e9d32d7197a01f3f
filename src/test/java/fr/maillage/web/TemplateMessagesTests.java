package fr.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text of the interface comes from the message bundles: a template with literal text, or
 * naming a key that no bundle defines, fails here.
 */
class TemplateMessagesTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages");
    private static final Pattern TAG_TEXT = Pattern.compile(">([^<]*)<");
    private static final Pattern LITERAL_ATTRIBUTE = Pattern.compile(
            "\\s(title|alt|placeholder|aria-label|label)=\"([^\"]*[\\p{L}][^\"]*)\"");
    private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)(\\(|})");
    private static final Pattern MSG_CALL = Pattern.compile("#messages\\.msg\\w*\\('([a-zA-Z0-9_.]+)'");

    @Test
    void templates_contain_no_literal_text() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String html = withoutComments(Files.readString(template));
            Matcher text = TAG_TEXT.matcher(html.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("'[^']*'", "''"));
            while (text.find()) {
                String content = text.group(1).strip();
                if (content.chars().anyMatch(Character::isLetter) && !content.startsWith("[[")) {
                    problems.add(TEMPLATES.relativize(template) + " : texte « " + content + " »");
                }
            }
            Matcher attribute = LITERAL_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                problems.add(TEMPLATES.relativize(template) + " : attribut " + attribute.group(1) + "=\""
                        + attribute.group(2) + "\"");
            }
        }
        assertThat(problems).as("literal text in templates").isEmpty();
    }

    @Test
    void every_message_key_used_in_a_template_exists() throws IOException {
        Properties bundle = bundle();
        List<String> missing = new ArrayList<>();
        for (Path template : templates()) {
            String html = Files.readString(template);
            for (Pattern pattern : List.of(KEY, MSG_CALL)) {
                Matcher key = pattern.matcher(html);
                while (key.find()) {
                    if (!key.group(1).endsWith(".") && !bundle.containsKey(key.group(1))) {
                        missing.add(TEMPLATES.relativize(template) + " : " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("message keys missing from the bundles").isEmpty();
    }

    /**
     * Thymeleaf runs th:replace and th:insert before th:if, so a condition on the same tag is
     * silently ignored: the fragment always shows. Conditions go on a surrounding th:block.
     */
    @Test
    void conditions_never_share_a_tag_with_a_fragment_inclusion() throws IOException {
        Pattern both = Pattern.compile("<[^>]*\\s(th:if|th:unless)=[^>]*\\s(th:replace|th:insert)=[^>]*>"
                + "|<[^>]*\\s(th:replace|th:insert)=[^>]*\\s(th:if|th:unless)=[^>]*>");
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            Matcher matcher = both.matcher(Files.readString(template));
            while (matcher.find()) {
                problems.add(TEMPLATES.relativize(template) + " : " + matcher.group());
            }
        }
        assertThat(problems).as("th:if ignored next to th:replace/th:insert").isEmpty();
    }

    @Test
    void keys_are_defined_once_across_bundles() throws IOException {
        List<String> duplicates = new ArrayList<>();
        Properties seen = new Properties();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Properties one = load(file);
                for (String key : one.stringPropertyNames()) {
                    if (seen.containsKey(key)) {
                        duplicates.add(key + " (" + file.getFileName() + ")");
                    }
                    seen.put(key, one.getProperty(key));
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }

    private static String withoutComments(String html) {
        return html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<head>.*?</head>", "<head></head>")
                .replaceAll("<!DOCTYPE[^>]*>", "");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Properties bundle() throws IOException {
        Properties all = new Properties();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                all.putAll(load(file));
            }
        }
        return all;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
