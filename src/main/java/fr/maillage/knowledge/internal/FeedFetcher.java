package fr.maillage.knowledge.internal;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import fr.maillage.knowledge.FeedEntry;
import fr.maillage.shared.text.RichText;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads one RSS or Atom feed over HTTP with its own time limits (to connect and to receive the whole
 * answer) and a size limit, and turns its entries into plain-text {@link FeedEntry}s. Any problem is
 * a {@link FeedUnreadableException} carrying a French reason for the sources page.
 */
public final class FeedFetcher {

    private static final int MAX_ENTRIES = 200;

    private final HttpClient client;
    private final Duration timeout;
    private final long maxBytes;

    public FeedFetcher(Duration timeout, long maxBytes) {
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** A feed that could not be read, with the reason shown to the team. */
    public static class FeedUnreadableException extends Exception {

        public FeedUnreadableException(String reason) {
            super(reason);
        }
    }

    public List<FeedEntry> fetch(String url) throws FeedUnreadableException {
        byte[] body = download(url);
        try {
            SyndFeed feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
            List<FeedEntry> entries = new ArrayList<>();
            for (SyndEntry entry : feed.getEntries()) {
                FeedEntry e = entry(entry);
                if (e != null) {
                    entries.add(e);
                }
                if (entries.size() == MAX_ENTRIES) {
                    break;
                }
            }
            return entries;
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new FeedUnreadableException("Flux illisible (ni RSS ni Atom) : " + e.getMessage());
        }
    }

    private byte[] download(String url) throws FeedUnreadableException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("User-Agent", "Maillage-veille/1.0").header("Accept",
                        "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.8").GET().build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() >= 400) {
                    throw new FeedUnreadableException("Le serveur a répondu " + response.statusCode() + ".");
                }
                return limited(in);
            }
        } catch (java.net.http.HttpTimeoutException e) {
            throw new FeedUnreadableException("Pas de réponse dans le délai de " + timeout.toSeconds() + " s.");
        } catch (IOException e) {
            throw new FeedUnreadableException("Connexion impossible : " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedUnreadableException("Lecture interrompue.");
        } catch (IllegalArgumentException e) {
            throw new FeedUnreadableException("Adresse invalide.");
        }
    }

    private byte[] limited(InputStream in) throws IOException, FeedUnreadableException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw new FeedUnreadableException("Flux trop volumineux (plus de " + maxBytes / 1024 + " Ko).");
            }
        }
        return out.toByteArray();
    }

    private static FeedEntry entry(SyndEntry entry) {
        String link = cut(blankToNull(entry.getLink()), 1000);
        String guid = cut(blankToNull(entry.getUri()) != null ? entry.getUri().strip() : link, 1000);
        String title = blankToNull(entry.getTitle());
        if (guid == null || (title == null && link == null)) {
            return null;
        }
        SyndContent description = entry.getDescription();
        String html = description != null ? description.getValue()
                : entry.getContents().isEmpty() ? null : entry.getContents().get(0).getValue();
        String summary = cut(blankToNull(RichText.plain(RichText.sanitize(html))), 5000);
        Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new FeedEntry(guid, cut(RichText.plain(title == null ? link : title), 500), link, summary,
                date == null ? null : date.toInstant());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
