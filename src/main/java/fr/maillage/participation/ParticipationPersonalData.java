package fr.maillage.participation;

import fr.maillage.shared.PersonalDataSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation module's part of a person's RGPD access and erasure: the council seats and pool
 * entries of the workspace that carry her e-mail address. The directory's contact page calls it
 * through {@link PersonalDataSource}; the module's own pages call it for one member or volunteer.
 */
@Service
@Transactional
public class ParticipationPersonalData implements PersonalDataSource {

    private final Members members;
    private final Volunteers volunteers;
    private final ParticipationManagement participation;
    private final MessageSource messages;

    ParticipationPersonalData(Members members, Volunteers volunteers, ParticipationManagement participation,
            MessageSource messages) {
        this.members = members;
        this.volunteers = volunteers;
        this.participation = participation;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Found> find(Long workspaceId, String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Member m : members.findByWorkspaceIdAndEmailIgnoreCase(workspaceId, email.strip())) {
            found.add(member(m));
        }
        for (Volunteer v : volunteers.findByWorkspaceIdAndEmailIgnoreCase(workspaceId, email.strip())) {
            found.add(volunteer(v));
        }
        return found;
    }

    @Override
    public int erase(Long workspaceId, String email) {
        if (email == null || email.isBlank()) {
            return 0;
        }
        int count = 0;
        for (Member m : members.findByWorkspaceIdAndEmailIgnoreCase(workspaceId, email.strip())) {
            participation.eraseMember(workspaceId, m.getId());
            count++;
        }
        for (Volunteer v : volunteers.findByWorkspaceIdAndEmailIgnoreCase(workspaceId, email.strip())) {
            v.erase();
            count++;
        }
        return count;
    }

    @Transactional(readOnly = true)
    public Found member(Long workspaceId, Long memberId) {
        return member(participation.member(workspaceId, memberId));
    }

    @Transactional(readOnly = true)
    public Found volunteer(Long workspaceId, Long volunteerId) {
        return volunteer(participation.volunteer(workspaceId, volunteerId));
    }

    private Found member(Member m) {
        Council council = participation.council(m.getWorkspaceId(), m.getCouncilId());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(text("participation.member.firstName"), m.getFirstName());
        fields.put(text("participation.member.lastName"), m.getLastName());
        fields.put(text("participation.member.college"), text("participation.college." + m.getCollege()));
        put(fields, "participation.member.gender", m.getGender() == null ? null : text("participation.gender." + m.getGender()));
        put(fields, "participation.member.ageBand", m.getAgeBand() == null ? null : text("participation.ageBand." + m.getAgeBand()));
        put(fields, "participation.member.quartier", m.getQpvCode());
        put(fields, "participation.member.organisation", m.getOrganisationName());
        put(fields, "participation.member.email", m.getEmail());
        put(fields, "participation.member.phone", m.getPhone());
        put(fields, "participation.member.joinedOn", String.valueOf(m.getJoinedOn()));
        put(fields, "participation.member.leftOn", m.getLeftOn() == null ? null : m.getLeftOn().toString());
        return new Found("participation.rgpd.member", m.getId(), text("participation.rgpd.memberOf", council.getName()),
                fields);
    }

    private Found volunteer(Volunteer v) {
        VolunteerPool pool = participation.pool(v.getWorkspaceId(), v.getPoolId());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(text("participation.volunteer.reference"), v.getReference());
        fields.put(text("participation.member.firstName"), v.getFirstName());
        fields.put(text("participation.member.lastName"), v.getLastName());
        put(fields, "participation.member.gender", v.getGender() == null ? null : text("participation.gender." + v.getGender()));
        put(fields, "participation.member.ageBand", v.getAgeBand() == null ? null : text("participation.ageBand." + v.getAgeBand()));
        put(fields, "participation.member.quartier", v.getQpvCode());
        put(fields, "participation.volunteer.source", v.getSource() == null ? null : text("participation.source." + v.getSource()));
        put(fields, "participation.member.email", v.getEmail());
        put(fields, "participation.member.phone", v.getPhone());
        put(fields, "participation.volunteer.address", v.getAddress());
        put(fields, "participation.pool.retainUntil", String.valueOf(pool.getRetainUntil()));
        return new Found("participation.rgpd.volunteer", v.getId(), text("participation.rgpd.volunteerOf", pool.getName()),
                fields);
    }

    private void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(text(key), value);
        }
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
