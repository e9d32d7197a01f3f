package fr.maillage.account;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordTokens extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);

    @Modifying
    @Query("update PasswordToken t set t.usedAt = ?2 where t.userId = ?1 and t.usedAt is null")
    void invalidateAllOf(Long userId, java.time.Instant when);
}
