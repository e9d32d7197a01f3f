package fr.maillage.governance;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Members of bodies. */
public interface BodyMembers extends JpaRepository<BodyMember, Long> {

    List<BodyMember> findByBodyIdOrderByFunctionAscNameAsc(Long bodyId);

    long countByBodyId(Long bodyId);
}
