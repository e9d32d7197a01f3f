package fr.maillage.participation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a council's composition against its targets: seats per college; and, among the residents'
 * college (the one drawn by lot), gender (half the seats each when parity is required), age bands and
 * quartiers.
 */
@Service
@Transactional(readOnly = true)
public class CouncilComposition {

    public static final String COLLEGE = "COLLEGE";
    public static final String GENDER = "GENDER";

    private final ParticipationManagement participation;
    private final MessageSource messages;

    CouncilComposition(ParticipationManagement participation, MessageSource messages) {
        this.participation = participation;
        this.messages = messages;
    }

    public Composition of(Long workspaceId, Long councilId) {
        Council council = participation.council(workspaceId, councilId);
        List<Member> active = participation.activeMembers(workspaceId, councilId);
        List<Member> residents = active.stream().filter(m -> m.getCollege() == College.HABITANTS).toList();
        List<Composition.Row> rows = new ArrayList<>();
        rows.add(new Composition.Row(COLLEGE, text("participation.college.HABITANTS"), residents.size(),
                council.getResidentSeats() > 0 ? council.getResidentSeats() : null));
        rows.add(new Composition.Row(COLLEGE, text("participation.college.ACTEURS"), active.size() - residents.size(),
                council.getActorSeats() > 0 ? council.getActorSeats() : null));
        Integer half = council.isGenderParity() && council.getResidentSeats() > 0 ? council.getResidentSeats() / 2 : null;
        for (Gender gender : Gender.values()) {
            rows.add(new Composition.Row(GENDER, text("participation.gender." + gender + ".plural"),
                    residents.stream().filter(m -> m.getGender() == gender).count(), half));
        }
        for (AgeBand band : AgeBand.values()) {
            rows.add(new Composition.Row(CompositionTarget.AGE, text("participation.ageBand." + band),
                    residents.stream().filter(m -> m.getAgeBand() == band).count(),
                    council.target(CompositionTarget.AGE, band.code())));
        }
        Map<String, String> names = participation.qpvNames(council.getQpvCodes());
        names.forEach((code, name) -> rows.add(new Composition.Row(CompositionTarget.QUARTIER, name,
                residents.stream().filter(m -> code.equals(m.getQpvCode())).count(),
                council.target(CompositionTarget.QUARTIER, code))));
        return new Composition(rows);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
