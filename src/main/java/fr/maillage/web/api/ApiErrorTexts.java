package fr.maillage.web.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The French texts of API errors, from the message bundles.
 */
@Component
class ApiErrorTexts {

    private final MessageSource messages;

    ApiErrorTexts(MessageSource messages) {
        this.messages = messages;
    }

    String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    /** The text of a key another module chose, or the fallback when that module has no text for it. */
    String textOr(String key, Object[] args, String fallbackKey) {
        String text = messages.getMessage(key, args, null, LocaleContextHolder.getLocale());
        return text != null ? text : text(fallbackKey);
    }

    String text(MessageSourceResolvable resolvable) {
        return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
    }

    /** What a value of this type looks like, to tell the caller what was expected. */
    String expected(Class<?> type) {
        if (type == null) {
            return text("api.error.expected.other");
        }
        if (type.isEnum()) {
            return text("api.error.expected.enum", Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (type == LocalDate.class) {
            return text("api.error.expected.date");
        }
        if (type == LocalDateTime.class || Temporal.class.isAssignableFrom(type)) {
            return text("api.error.expected.dateTime");
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class
                || type == Short.class || type == short.class) {
            return text("api.error.expected.integer");
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return text("api.error.expected.number");
        }
        if (type == Boolean.class || type == boolean.class) {
            return text("api.error.expected.boolean");
        }
        if (type == String.class) {
            return text("api.error.expected.text");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return text("api.error.expected.list");
        }
        return text("api.error.expected.object");
    }
}
