package fr.maillage.governance.web;

import fr.maillage.governance.Body;
import fr.maillage.governance.GovernanceManagement;
import fr.maillage.governance.MeetingCalendar;
import fr.maillage.shared.NotFoundException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A body's calendar feed, for calendar applications that cannot log in: the secret in the address
 * is the only key, and a revoked or renewed secret answers "not found".
 */
@RestController
class FeedController {

    private final GovernanceManagement governance;
    private final MeetingCalendar calendar;

    FeedController(GovernanceManagement governance, MeetingCalendar calendar) {
        this.governance = governance;
        this.calendar = calendar;
    }

    static String path(String secret) {
        return "/portail/instances/calendrier/" + secret + ".ics";
    }

    @GetMapping("/portail/instances/calendrier/{secret}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String secret) {
        Body body = governance.bodyOfFeed(secret).orElseThrow(() -> new NotFoundException("feed"));
        String ics = calendar.feed(body, governance.feedMeetings(body));
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header("Cache-Control", "private, max-age=300")
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }
}
