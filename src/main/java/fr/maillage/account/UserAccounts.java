package fr.maillage.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The user accounts.
 */
public interface UserAccounts extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    List<UserAccount> findByIdIn(Collection<Long> ids);

    Page<UserAccount> findAllByOrderByDisplayNameAsc(Pageable pageable);
}
