package fr.maillage.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The personal API tokens.
 */
interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserIdOrderByCreatedAtDescIdDesc(Long userId);

    long countByUserIdAndRevokedAtIsNull(Long userId);
}
