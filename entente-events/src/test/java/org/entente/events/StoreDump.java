package org.entente.events;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every table and view of a closed store as text, without the columns that measure time. */
final class StoreDump {

    private StoreDump() {
    }

    static List<String> of(Path store) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + store.toAbsolutePath(),
                new java.util.Properties()); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>(Schema.TABLES);
            tables.addAll(List.of("dyad_month_parts", "actor_month_parts"));   // what the views add up, as stored
            for (String table : tables) {
                String cols = table.equals("files") ? "* EXCLUDE (duration_ms, ingested_at)" : "*";
                try (ResultSet r = s.executeQuery("SELECT " + cols + " FROM " + table + " ORDER BY ALL")) {
                    ResultSetMetaData m = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            row.append('|').append(r.getString(i));
                        }
                        out.add(row.toString());
                    }
                }
            }
        }
        return out;
    }

    static List<String> query(Path store, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = new org.duckdb.DuckDBDriver().connect("jdbc:duckdb:" + store.toAbsolutePath(),
                new java.util.Properties()); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
