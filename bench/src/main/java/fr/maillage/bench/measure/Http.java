package fr.maillage.bench.measure;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few HTTP exchanges the harness makes itself (the load is wrk's): logging in through the login
 * form as a person does, checking that a page answers, uploading a file through a form.
 */
public final class Http {

    private static final Pattern CSRF_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    public Http(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** One answer: status, body, and the headers the harness looks at. */
    public record Answer(int status, byte[] body, String contentType, String location, String sessionCookie) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean ok() {
            return status == 200;
        }
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public Answer get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(TIMEOUT).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    /**
     * Logs in with the login form (GET the form for its CSRF token and session, POST e-mail and
     * password) and returns the {@code Cookie} header of the authenticated session.
     */
    public String login(String email, String password) throws IOException, InterruptedException {
        // On a saturated machine a login can fail for want of a database connection in time: retry.
        for (int attempt = 1; ; attempt++) {
            try {
                return loginOnce(email, password);
            } catch (IllegalStateException e) {
                if (attempt == 3) {
                    throw e;
                }
                Thread.sleep(5000L * attempt);
            }
        }
    }

    private String loginOnce(String email, String password) throws IOException, InterruptedException {
        Answer form = get("/connexion", Map.of());
        String token = csrf(form);
        String cookie = "JSESSIONID=" + form.sessionCookie();
        String body = "email=" + encode(email) + "&motDePasse=" + encode(password) + "&_csrf=" + encode(token);
        Answer answer = send(HttpRequest.newBuilder(URI.create(url("/connexion"))).timeout(TIMEOUT)
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (answer.status() != 302 || answer.location() == null || answer.location().contains("/connexion")) {
            throw new IllegalStateException("Login of " + email + " refused: HTTP " + answer.status() + " to "
                    + answer.location());
        }
        return "JSESSIONID=" + (answer.sessionCookie() != null ? answer.sessionCookie() : form.sessionCookie());
    }

    /** Posts a file through a multipart form protected by a CSRF token, as a browser does. */
    public Answer upload(String formPath, String field, String fileName, byte[] content, String cookie)
            throws IOException, InterruptedException {
        String token = csrf(get(formPath, Map.of("Cookie", cookie)));
        String boundary = "----maillage-bench-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(url(formPath))).timeout(Duration.ofMinutes(10))
                .header("Cookie", cookie).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, content, tail))).build());
    }

    /**
     * Posts a form as a browser does: the CSRF token is read from the page that shows the form
     * ({@code pagePath}), the fields are sent url-encoded to {@code actionPath}.
     */
    public Answer postForm(String pagePath, String actionPath, Map<String, String> fields, String cookie)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf(get(pagePath, Map.of("Cookie", cookie)))));
        fields.forEach((name, value) -> body.append('&').append(encode(name)).append('=').append(encode(value)));
        return send(HttpRequest.newBuilder(URI.create(url(actionPath))).timeout(Duration.ofMinutes(10))
                .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    private Answer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String session = response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null);
        return new Answer(response.statusCode(), response.body(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.headers().firstValue("Location").orElse(null), session);
    }

    private static String csrf(Answer page) {
        Matcher input = CSRF_INPUT.matcher(page.text());
        Matcher value = input.find() ? VALUE.matcher(input.group()) : null;
        if (value == null || !value.find()) {
            throw new IllegalStateException("No CSRF token in the form (HTTP " + page.status() + ")");
        }
        return value.group(1);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
