package fr.maillage.bench.measure;

import fr.maillage.bench.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's own French full-text search over the same communes, at its best: a copy of the
 * communes with a precomputed {@code to_tsvector('french', …)} column (accents folded by the
 * {@code unaccent} extension when it can be created) and a GIN index on it. The bench's own table
 * ({@code bench_commune_fts}) leaves the application's schema untouched.
 */
final class FullTextFloor {

    private final Database database;
    private boolean unaccent;

    FullTextFloor(Database database) {
        this.database = database;
    }

    /** Builds the table and its index; returns how many communes it holds. */
    long prepare() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            try {
                statement.execute("create extension if not exists unaccent");
                unaccent = true;
            } catch (SQLException e) {
                unaccent = false;
            }
            statement.execute("drop table if exists bench_commune_fts");
            statement.execute("create table bench_commune_fts as select code, name, population, to_tsvector('french', "
                    + fold("name") + ") as document from territory_commune");
            statement.execute("create index bench_commune_fts_document on bench_commune_fts using gin (document)");
            statement.execute("analyze bench_commune_fts");
            try (ResultSet rs = statement.executeQuery("select count(*) from bench_commune_fts")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    boolean unaccent() {
        return unaccent;
    }

    /** The statement pgbench runs for a query: the 20 best-populated matches, as the application shows 20. */
    String statement(String query) {
        String literal = "'" + query.replace("'", "''") + "'";
        return "select code, name from bench_commune_fts where document @@ plainto_tsquery('french', " + fold(literal)
                + ") order by population desc nulls last limit 20;";
    }

    /** How many communes each query finds (all matches, not only the first 20), for the report. */
    Map<String, Long> hits(List<String> queries) throws SQLException {
        Map<String, Long> hits = new LinkedHashMap<>();
        try (Connection connection = database.connect(); PreparedStatement count = connection.prepareStatement(
                "select count(*) from bench_commune_fts where document @@ plainto_tsquery('french', " + fold("?")
                        + ")")) {
            for (String query : queries) {
                count.setString(1, query);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    hits.put(query, rs.getLong(1));
                }
            }
        }
        return hits;
    }

    private String fold(String expression) {
        return unaccent ? "unaccent(" + expression + ")" : expression;
    }
}
