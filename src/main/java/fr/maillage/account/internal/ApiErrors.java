package fr.maillage.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON answers of the API's security layer, as RFC 9457 problem documents in French.
 */
final class ApiErrors {

    private ApiErrors() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"maillage\"");
        write(response, 401, "Authentification requise",
                "Fournissez un jeton d'API (en-tête Authorization: Bearer …) valide.");
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, Exception e)
            throws IOException {
        write(response, 403, "Accès refusé", "Vos droits ne permettent pas cette opération.");
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title
                + "\",\"detail\":\"" + detail.replace("\"", "\\\"") + "\"}");
    }
}
