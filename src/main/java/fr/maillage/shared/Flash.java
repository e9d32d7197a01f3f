package fr.maillage.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Messages shown once after a redirect, resolved from the bundles.
 */
@Component
public class Flash {

    private final MessageSource messages;

    public Flash(MessageSource messages) {
        this.messages = messages;
    }

    public void success(RedirectAttributes attributes, String key, Object... args) {
        attributes.addFlashAttribute("flashSuccess", text(key, args));
    }

    public void error(RedirectAttributes attributes, String key, Object... args) {
        attributes.addFlashAttribute("flashError", text(key, args));
    }

    public String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
