package fr.maillage.participation;

import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws residents by lot for a council with {@link FairDraw}: proposes quota cells, refuses quotas
 * the pool cannot meet (saying which), records the draw with everything needed to re-run it,
 * appoints the drawn and calls the next substitute of the same cell when a member leaves.
 */
@Service
@Transactional
public class DrawCitizenCouncil {

    private final ParticipationManagement participation;
    private final Volunteers volunteers;
    private final Draws draws;
    private final DrawEntries entries;
    private final Members members;
    private final MessageSource messages;

    DrawCitizenCouncil(ParticipationManagement participation, Volunteers volunteers, Draws draws, DrawEntries entries,
            Members members, MessageSource messages) {
        this.participation = participation;
        this.volunteers = volunteers;
        this.draws = draws;
        this.entries = entries;
        this.members = members;
        this.messages = messages;
    }

    /** The quota dimensions a draw may cross (up to all three). */
    public record Dimensions(boolean gender, boolean ageBand, boolean quartier) {
    }

    /**
     * Proposed quota cells: with gender, seats split in two halves (the odd seat to the gender with
     * more candidates); inside that, or without gender, seats shared among the cells in proportion to
     * their candidates, by largest remainder (ties to the first cell in order).
     */
    @Transactional(readOnly = true)
    public List<FairDraw.Cell> proposeCells(Long workspaceId, Long poolId, int seats, Dimensions dims) {
        VolunteerPool pool = participation.pool(workspaceId, poolId);
        Council council = participation.council(workspaceId, pool.getCouncilId());
        List<FairDraw.Candidate> candidates = volunteers.linesOf(poolId).stream().map(PoolLine::candidate).toList();
        return QuotaProposal.propose(candidates, seats, dims, council.getQpvCodes());
    }

    /**
     * Runs the draw and records it.
     *
     * @throws QuotaShortfallException when a cell asks for more seats than the pool has candidates
     */
    public Draw draw(Long workspaceId, Long poolId, List<FairDraw.Cell> cells, int substitutesPerSeat,
            String seedPhrase, String drawnBy) {
        VolunteerPool pool = participation.pool(workspaceId, poolId);
        if (pool.isErased()) {
            throw new BusinessRuleException("participation.pool.erased");
        }
        if (seedPhrase == null || seedPhrase.isBlank()) {
            throw new BusinessRuleException("participation.draw.seed.required");
        }
        List<FairDraw.Cell> useful = cells.stream().filter(c -> c.seats() > 0).toList();
        if (useful.isEmpty()) {
            throw new BusinessRuleException("participation.draw.noSeat");
        }
        List<PoolLine> lines = volunteers.linesOf(poolId);
        List<FairDraw.Candidate> candidates = lines.stream().map(PoolLine::candidate).toList();
        List<FairDraw.Shortfall> shortfalls;
        try {
            shortfalls = FairDraw.shortfalls(candidates, useful);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("participation.draw.cells.inconsistent");
        }
        if (!shortfalls.isEmpty()) {
            throw new QuotaShortfallException(shortfalls.stream().map(this::explain).toList());
        }
        FairDraw.Result result = FairDraw.draw(candidates, useful, Math.max(0, substitutesPerSeat), seedPhrase);
        Draw draw = draws.save(new Draw(workspaceId, pool.getCouncilId(), poolId, seedPhrase,
                Math.max(0, substitutesPerSeat), FairDraw.anonymisedList(candidates), result, drawnBy));
        Map<String, Long> ids = lines.stream().collect(Collectors.toMap(PoolLine::reference, PoolLine::id));
        List<DrawEntry> rows = new ArrayList<>();
        for (int position = 0; position < result.cells().size(); position++) {
            FairDraw.CellResult cell = result.cells().get(position);
            int rank = 0;
            for (String ref : cell.drawn()) {
                rows.add(new DrawEntry(draw.getId(), position, rank++, ref, ids.get(ref), false));
            }
            for (String ref : cell.substitutes()) {
                rows.add(new DrawEntry(draw.getId(), position, rank++, ref, ids.get(ref), true));
            }
        }
        entries.saveAll(rows);
        return draw;
    }

    /** "Il faut 6 femmes de 16-25 ans, le vivier n'en compte que 4." */
    public String explain(FairDraw.Shortfall shortfall) {
        return text("participation.draw.shortfall.cell", shortfall.cell().seats(),
                describe(shortfall.cell(), shortfall.cell().seats()), shortfall.available());
    }

    /** "femmes de 16-25 ans du quartier Petite Hollande", in the plural when there are several. */
    public String describe(FairDraw.Cell cell, int count) {
        String number = count > 1 ? "many" : "one";
        StringBuilder text = new StringBuilder(text("participation.cell.gender." + genderKey(cell.gender()) + "." + number));
        if (!FairDraw.ANY.equals(cell.ageBand())) {
            text.append(' ').append(text("participation.cell.age", ageLabel(cell.ageBand())));
        }
        if (!FairDraw.ANY.equals(cell.quartier())) {
            text.append(' ').append(text("participation.cell.quartier",
                    participation.qpvNames(List.of(cell.quartier())).get(cell.quartier())));
        }
        return text.toString();
    }

    @Transactional(readOnly = true)
    public Draw draw(Long workspaceId, Long drawId) {
        return draws.findByIdAndWorkspaceId(drawId, workspaceId).orElseThrow(() -> new NotFoundException("draw " + drawId));
    }

    /** A draw of a published council, for the public; any other is "not found". */
    @Transactional(readOnly = true)
    public Draw publicDraw(Long drawId) {
        Draw draw = draws.findWithCellsById(drawId).orElseThrow(() -> new NotFoundException("draw " + drawId));
        participation.publishedCouncil(draw.getCouncilId());
        return draw;
    }

    @Transactional(readOnly = true)
    public List<Draw> draws(Long workspaceId, Long councilId) {
        return draws.findByWorkspaceIdAndCouncilIdOrderByDrawnAtDesc(workspaceId, councilId);
    }

    @Transactional(readOnly = true)
    public List<Draw> publicDraws(Long councilId) {
        return draws.findByCouncilIdOrderByDrawnAtDesc(councilId);
    }

    @Transactional(readOnly = true)
    public List<Draw> draws(Long workspaceId) {
        return draws.findByWorkspaceIdOrderByDrawnAtDesc(workspaceId);
    }

    @Transactional(readOnly = true)
    public List<DrawEntry> entries(Long drawId) {
        return entries.findByDrawIdOrderByCellPositionAscRankAsc(drawId);
    }

    /** The volunteers behind a draw's entries, keyed by id: for those who may see names. */
    @Transactional(readOnly = true)
    public Map<Long, Volunteer> volunteersOf(List<DrawEntry> list) {
        List<Long> ids = list.stream().map(DrawEntry::getVolunteerId).filter(java.util.Objects::nonNull).toList();
        return ids.isEmpty() ? Map.of()
                : volunteers.findByIdIn(ids).stream().collect(Collectors.toMap(Volunteer::getId, Function.identity()));
    }

    /** Re-runs a recorded draw from its own published data: what the verification page does. */
    @Transactional(readOnly = true)
    public FairDraw.Result rerun(Draw draw) {
        return FairDraw.draw(FairDraw.parseList(draw.getAnonymisedPool()), draw.quotaCells(),
                draw.getSubstitutesPerSeat(), draw.getSeedPhrase());
    }

    /** The drawn take their seats in the residents' college; a draw is appointed once. */
    public List<Member> appoint(Long workspaceId, Long drawId, LocalDate joinedOn) {
        Draw draw = draw(workspaceId, drawId);
        if (draw.isAppointed()) {
            throw new BusinessRuleException("participation.draw.alreadyAppointed");
        }
        List<DrawEntry> drawn = entries(drawId).stream().filter(e -> !e.isSubstitute()).toList();
        Map<Long, Volunteer> people = volunteersOf(drawn);
        List<Member> appointed = new ArrayList<>();
        for (DrawEntry entry : drawn) {
            Volunteer v = people.get(entry.getVolunteerId());
            if (v != null) {
                appointed.add(members.save(Member.drawn(v, entry, draw.getCouncilId(),
                        joinedOn == null ? LocalDate.now() : joinedOn, null)));
            }
        }
        draw.markAppointed();
        return appointed;
    }

    /**
     * The member who left is replaced by the next substitute of his quota cell who was not called yet
     * (and whose data was not erased).
     */
    public Member replace(Long workspaceId, Long memberId, LocalDate joinedOn) {
        Member leaving = participation.member(workspaceId, memberId);
        if (leaving.isActive()) {
            throw new BusinessRuleException("participation.member.replace.active");
        }
        if (leaving.getDrawEntryId() == null) {
            throw new BusinessRuleException("participation.member.replace.notDrawn");
        }
        if (members.existsByReplacesMemberId(memberId)) {
            throw new BusinessRuleException("participation.member.replace.done");
        }
        DrawEntry entry = entries.findById(leaving.getDrawEntryId()).orElseThrow();
        for (DrawEntry next : entries.findByDrawIdAndCellPositionAndSubstituteTrueAndCalledAtIsNullOrderByRankAsc(
                entry.getDrawId(), entry.getCellPosition())) {
            next.call();
            Volunteer v = next.getVolunteerId() == null ? null : volunteers.findById(next.getVolunteerId()).orElse(null);
            if (v != null && !v.isErased()) {
                return members.save(Member.drawn(v, next, leaving.getCouncilId(),
                        joinedOn == null ? LocalDate.now() : joinedOn, memberId));
            }
        }
        throw new BusinessRuleException("participation.member.replace.none");
    }

    /** The next substitute of the member's cell, if any: shown before the user confirms. */
    @Transactional(readOnly = true)
    public boolean hasSubstitute(Member member) {
        if (member.getDrawEntryId() == null) {
            return false;
        }
        DrawEntry entry = entries.findById(member.getDrawEntryId()).orElse(null);
        return entry != null && !entries.findByDrawIdAndCellPositionAndSubstituteTrueAndCalledAtIsNullOrderByRankAsc(
                entry.getDrawId(), entry.getCellPosition()).isEmpty();
    }

    /** "Femmes de 16-25 ans": a cell as a heading. */
    public String label(FairDraw.Cell cell) {
        String text = describe(cell, 2);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The cells of a draw with their French description, in order. */
    @Transactional(readOnly = true)
    public Map<DrawCell, String> cellLabels(Draw draw) {
        Map<DrawCell, String> labels = new LinkedHashMap<>();
        draw.getCells().stream().sorted(Comparator.comparingInt(DrawCell::position))
                .forEach(c -> labels.put(c, label(c.cell())));
        return labels;
    }

    private static String genderKey(String code) {
        return FairDraw.ANY.equals(code) ? "any" : code;
    }

    private String ageLabel(String code) {
        return AgeBand.AGE_61_PLUS.code().equals(code) ? text("participation.ageBand.AGE_61_PLUS") : code;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
