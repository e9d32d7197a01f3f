package fr.maillage.knowledge;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Each workspace's publishing choices (absent: the defaults).
 */
public interface KnowledgeSettingsRepository extends JpaRepository<KnowledgeSettings, Long> {
}
