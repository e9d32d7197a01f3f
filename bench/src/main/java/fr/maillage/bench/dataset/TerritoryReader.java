package fr.maillage.bench.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the territorial reference from the tables the application filled at its first start
 * (COG) and from its QPV list.
 */
public final class TerritoryReader {

    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

    private TerritoryReader() {
    }

    public static Territory read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            List<Territory.Region> regions = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select code, name from territory_region order by code")) {
                while (rs.next()) {
                    regions.add(new Territory.Region(rs.getString(1), rs.getString(2)));
                }
            }
            List<Territory.Departement> departements = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select code, name from territory_departement order by code")) {
                while (rs.next()) {
                    departements.add(new Territory.Departement(rs.getString(1), rs.getString(2)));
                }
            }
            List<Territory.Epci> epcis = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "select code, name, coalesce(population, 0) from territory_epci order by code")) {
                while (rs.next()) {
                    epcis.add(new Territory.Epci(rs.getString(1), rs.getString(2), rs.getInt(3)));
                }
            }
            List<Territory.Commune> communes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("select code, name, departement_code, region_code, epci_code, "
                    + "coalesce(population, 0), postal_codes from territory_commune order by code")) {
                while (rs.next()) {
                    communes.add(new Territory.Commune(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getInt(6), firstPostalCode(rs.getString(7))));
                }
            }
            return new Territory(regions, departements, epcis, communes, readQpvs(statement));
        }
    }

    private static List<Territory.Qpv> readQpvs(Statement statement) throws SQLException {
        Map<String, String[]> identities = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery(
                "select code, name, departement_code from territory_qpv order by code")) {
            while (rs.next()) {
                identities.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        Map<String, List<String>> communes = new LinkedHashMap<>();
        try (ResultSet rs = statement.executeQuery(
                "select qpv_code, commune_code from territory_qpv_commune order by qpv_code, commune_code")) {
            while (rs.next()) {
                communes.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<Territory.Qpv> qpvs = new ArrayList<>();
        identities.forEach((code, identity) -> qpvs.add(
                new Territory.Qpv(code, identity[0], identity[1], communes.getOrDefault(code, List.of()))));
        return qpvs;
    }

    static String firstPostalCode(String postalCodes) {
        if (postalCodes == null) {
            return null;
        }
        Matcher matcher = POSTAL_CODE.matcher(postalCodes);
        return matcher.find() ? matcher.group() : null;
    }
}
