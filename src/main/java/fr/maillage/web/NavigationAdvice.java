package fr.maillage.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds the shell's model to every page rendered by a controller.
 */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

    private final NavigationModel navigation;

    NavigationAdvice(NavigationModel navigation) {
        this.navigation = navigation;
    }

    @ModelAttribute
    void navigation(HttpServletRequest request, Model model) {
        if (request.getRequestURI().startsWith("/api/")) {
            return;
        }
        Map<String, Object> values = new HashMap<>();
        navigation.populate(request, values);
        model.addAllAttributes(values);
    }
}
