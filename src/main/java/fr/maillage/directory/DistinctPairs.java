package fr.maillage.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Pairs of organisations declared distinct ("ce ne sont pas des doublons"), stored with the
 * smaller id first. A merge or a deletion removes the pairs of the organisation that disappears.
 */
@Repository
class DistinctPairs {

    private final JdbcTemplate jdbc;

    DistinctPairs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every declared pair as "firstId-secondId". */
    List<String> keys() {
        return jdbc.queryForList("select first_id || '-' || second_id from directory_distinct_pair", String.class);
    }

    void declare(long firstId, long secondId, Long userId) {
        Integer known = jdbc.queryForObject(
                "select count(*) from directory_distinct_pair where first_id = ? and second_id = ?", Integer.class,
                firstId, secondId);
        if (known == null || known == 0) {
            jdbc.update("insert into directory_distinct_pair (first_id, second_id, declared_by, declared_at) "
                    + "values (?, ?, ?, ?)", firstId, secondId, userId, Timestamp.from(Instant.now()));
        }
    }
}
