package fr.maillage.participation;

import fr.maillage.shared.AuditErasure;
import fr.maillage.shared.BusinessRuleException;
import fr.maillage.shared.NotFoundException;
import fr.maillage.shared.search.SearchableContent;
import fr.maillage.territory.Qpv;
import fr.maillage.territory.TerritoryCatalog;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The use cases of participation bodies: describe and publish councils, keep their volunteer pools
 * and members over time. Every method on a workspace's records names the workspace, and a record of
 * another workspace is "not found".
 */
@Service
@Transactional
public class ParticipationManagement {

    private final Councils councils;
    private final Pools pools;
    private final Volunteers volunteers;
    private final Members members;
    private final TerritoryCatalog territories;
    private final ApplicationEventPublisher events;
    private final AuditErasure auditErasure;
    private final ParticipationProperties properties;

    ParticipationManagement(Councils councils, Pools pools, Volunteers volunteers, Members members,
            TerritoryCatalog territories, ApplicationEventPublisher events, AuditErasure auditErasure,
            ParticipationProperties properties) {
        this.councils = councils;
        this.pools = pools;
        this.volunteers = volunteers;
        this.members = members;
        this.territories = territories;
        this.events = events;
        this.auditErasure = auditErasure;
        this.properties = properties;
    }

    public Council createCouncil(Long workspaceId, CouncilDetails details) {
        Council council = councils.save(new Council(workspaceId, details));
        announce(council);
        return council;
    }

    /**
     * @param expectedVersion the version the user's form was built from; another one means someone
     *                        saved in between, and the change is refused rather than lost
     */
    public Council updateCouncil(Long workspaceId, Long councilId, long expectedVersion, CouncilDetails details) {
        Council council = lockedCouncil(workspaceId, councilId, expectedVersion);
        council.describe(details);
        announce(council);
        return council;
    }

    public Council publish(Long workspaceId, Long councilId, long expectedVersion, CouncilPublication publication) {
        Council council = lockedCouncil(workspaceId, councilId, expectedVersion);
        council.publish(publication);
        return council;
    }

    /** Records the council's charter, a file already kept by the file store. */
    public void attachCharter(Long workspaceId, Long councilId, String key, String fileName, String contentType) {
        council(workspaceId, councilId).attachCharter(key, fileName, contentType);
    }

    @Transactional(readOnly = true)
    public Council council(Long workspaceId, Long councilId) {
        return councils.findByIdAndWorkspaceId(councilId, workspaceId)
                .orElseThrow(() -> new NotFoundException("council " + councilId));
    }

    @Transactional(readOnly = true)
    public Page<Council> councils(Long workspaceId, Pageable pageable) {
        return councils.findByWorkspaceIdOrderByNameAsc(workspaceId, pageable);
    }

    /** A council the public may see; unpublished ones are "not found". */
    @Transactional(readOnly = true)
    public Council publishedCouncil(Long councilId) {
        return councils.findByIdAndPublishedTrue(councilId)
                .orElseThrow(() -> new NotFoundException("council " + councilId));
    }

    @Transactional(readOnly = true)
    public Page<Council> publishedCouncils(Pageable pageable) {
        return councils.findByPublishedTrueOrderByNameAsc(pageable);
    }

    /** The names of the QPV, keyed by code, in code order; unknown codes are shown as their code. */
    @Transactional(readOnly = true)
    public Map<String, String> qpvNames(List<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String code : codes.stream().sorted().toList()) {
            try {
                Qpv qpv = territories.qpv(code);
                names.put(code, qpv.getName());
            } catch (NotFoundException e) {
                names.put(code, code);
            }
        }
        return names;
    }

    // Pools

    /** A new pool for the council; without a date, it keeps personal data for the configured period. */
    public VolunteerPool createPool(Long workspaceId, Long councilId, String name, LocalDate retainUntil) {
        council(workspaceId, councilId);
        LocalDate until = retainUntil != null ? retainUntil
                : LocalDate.now().plusMonths(properties.poolRetentionMonths());
        return pools.save(new VolunteerPool(workspaceId, councilId, name, until));
    }

    @Transactional(readOnly = true)
    public VolunteerPool pool(Long workspaceId, Long poolId) {
        return pools.findByIdAndWorkspaceId(poolId, workspaceId).orElseThrow(() -> new NotFoundException("pool " + poolId));
    }

    @Transactional(readOnly = true)
    public List<VolunteerPool> pools(Long workspaceId, Long councilId) {
        return pools.findByWorkspaceIdAndCouncilIdOrderByCreatedAtDesc(workspaceId, councilId);
    }

    public Volunteer addVolunteer(Long workspaceId, Long poolId, VolunteerDetails details) {
        VolunteerPool pool = pool(workspaceId, poolId);
        requireOpen(pool);
        Council council = council(workspaceId, pool.getCouncilId());
        requireQuartierOf(council, details.qpvCode());
        return volunteers.save(new Volunteer(workspaceId, poolId, pool.nextReference(), details));
    }

    /** Adds the rows of an import, already checked, in file order. */
    public int addVolunteers(Long workspaceId, Long poolId, List<VolunteerDetails> rows) {
        VolunteerPool pool = pool(workspaceId, poolId);
        requireOpen(pool);
        for (VolunteerDetails row : rows) {
            volunteers.save(new Volunteer(workspaceId, poolId, pool.nextReference(), row));
        }
        return rows.size();
    }

    @Transactional(readOnly = true)
    public Page<Volunteer> volunteers(Long workspaceId, Long poolId, Pageable pageable) {
        pool(workspaceId, poolId);
        return volunteers.findByPoolIdOrderByReferenceAsc(poolId, pageable);
    }

    @Transactional(readOnly = true)
    public Volunteer volunteer(Long workspaceId, Long volunteerId) {
        return volunteers.findByIdAndWorkspaceId(volunteerId, workspaceId)
                .orElseThrow(() -> new NotFoundException("volunteer " + volunteerId));
    }

    /** Erases a volunteer's name and contact details at his request; his pseudonym stays in past draws. */
    public void eraseVolunteer(Long workspaceId, Long volunteerId) {
        volunteer(workspaceId, volunteerId).erase();
    }

    /** The end of a pool's retention: every name and contact erased, the anonymised list kept. */
    public int erasePool(Long poolId) {
        VolunteerPool pool = pools.findById(poolId).orElseThrow(() -> new NotFoundException("pool " + poolId));
        int erased = volunteers.eraseAllOf(poolId);
        pool.markErased();
        return erased;
    }

    /** Pools whose retention date has passed, and whose data is still there. */
    @Transactional(readOnly = true)
    public List<VolunteerPool> poolsPastRetention(LocalDate today) {
        return pools.findByRetainUntilBeforeAndErasedAtIsNull(today);
    }

    // Members

    public Member addMember(Long workspaceId, Long councilId, MemberDetails details, LocalDate joinedOn) {
        Council council = council(workspaceId, councilId);
        requireQuartierOf(council, details.qpvCode());
        return members.save(new Member(workspaceId, councilId, details, joinedOn == null ? LocalDate.now() : joinedOn));
    }

    public Member leave(Long workspaceId, Long memberId, long expectedVersion, LocalDate on, LeaveReason reason) {
        Member member = member(workspaceId, memberId);
        if (member.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Member.class, memberId);
        }
        member.leave(on == null ? LocalDate.now() : on, reason);
        return member;
    }

    @Transactional(readOnly = true)
    public Member member(Long workspaceId, Long memberId) {
        return members.findByIdAndWorkspaceId(memberId, workspaceId)
                .orElseThrow(() -> new NotFoundException("member " + memberId));
    }

    @Transactional(readOnly = true)
    public List<Member> activeMembers(Long workspaceId, Long councilId) {
        council(workspaceId, councilId);
        return members.findByCouncilIdAndLeftOnIsNullOrderByCollegeAscLastNameAscFirstNameAsc(councilId);
    }

    /** Every member the council had, latest arrivals first. */
    @Transactional(readOnly = true)
    public Page<Member> history(Long workspaceId, Long councilId, Pageable pageable) {
        council(workspaceId, councilId);
        return members.findByCouncilIdOrderByJoinedOnDescIdDesc(councilId, pageable);
    }

    /** Erases a member's name and contact details, and the values the audit trail kept about him. */
    public void eraseMember(Long workspaceId, Long memberId) {
        Member member = member(workspaceId, memberId);
        member.erase();
        members.flush();
        auditErasure.eraseValues(Member.class.getSimpleName(), memberId.toString());
    }

    /** Active members per college, for the public page. */
    @Transactional(readOnly = true)
    public Map<College, Long> memberCounts(Long councilId) {
        Map<College, Long> counts = new LinkedHashMap<>();
        for (College college : College.values()) {
            counts.put(college, members.countByCouncilIdAndLeftOnIsNullAndCollege(councilId, college));
        }
        return counts;
    }

    private Council lockedCouncil(Long workspaceId, Long councilId, long expectedVersion) {
        Council council = council(workspaceId, councilId);
        if (council.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Council.class, councilId);
        }
        return council;
    }

    private static void requireOpen(VolunteerPool pool) {
        if (pool.isErased()) {
            throw new BusinessRuleException("participation.pool.erased");
        }
    }

    private static void requireQuartierOf(Council council, String qpvCode) {
        if (qpvCode != null && !qpvCode.isBlank() && !council.getQpvCodes().contains(qpvCode)) {
            throw new BusinessRuleException("participation.quartier.notInCouncil", qpvCode);
        }
    }

    private void announce(Council council) {
        events.publishEvent(new SearchableContent("council", council.getId(), council.getWorkspaceId(), false,
                council.getName(), council.getDescription() == null ? council.getName() : council.getDescription(),
                List.of(), qpvNames(council.getQpvCodes()).values().stream().toList(),
                council.getMandateStart() == null ? null : council.getMandateStart().getYear(),
                "/espaces/" + council.getWorkspaceId() + "/participation/conseils/" + council.getId()));
    }
}
