package org.entente.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.entente.reference.Country;
import org.entente.reference.CountryTable;

/**
 * DuckDB's side of the events benchmark ({@code bench/events.sh}), and the check that both
 * rollups agree.
 *
 * <ul>
 * <li>{@code EventsDuck rollup OUT.duckdb THREADS FILE...}: DuckDB's own {@code read_csv} over the
 * GDELT 2.0 files and one {@code GROUP BY} giving the dyad-month rollup of {@code Rollup.java}
 * (source, actor1, actor2, month, root, quad class, dimension; events, Goldstein sums, mentions,
 * sources, articles, tone), written to a fresh DuckDB file. CAMEO country codes go to ISO3 through
 * the same cross-walk column Entente uses. Not computed here: {@code distinct_reports} (first-seen
 * de-duplication needs a window over the whole file) and {@code actor_month}; DuckDB's figure is
 * therefore for slightly less work than Entente's.</li>
 * <li>{@code EventsDuck compare ENTENTE_STORE DUCK_FILE}: row counts, totals and a few dyads of
 * both rollups, and the number of groups whose counts or sums differ.</li>
 * </ul>
 */
public final class EventsDuck {

    private EventsDuck() {
    }

    /**
     * @param args see the class comment
     * @throws Exception when DuckDB fails
     */
    public static void main(String[] args) throws Exception {
        if (args[0].equals("rollup")) {
            rollup(Path.of(args[1]), Integer.parseInt(args[2]), Arrays.copyOfRange(args, 3, args.length));
        } else {
            compare(Path.of(args[1]), Path.of(args[2]));
        }
    }

    private static Connection open(String url) throws SQLException {
        return new org.duckdb.DuckDBDriver().connect(url, new Properties());
    }

    private static void rollup(Path out, int threads, String[] files) throws Exception {
        Files.deleteIfExists(out);
        try (Connection c = open("jdbc:duckdb:" + out.toAbsolutePath()); Statement s = c.createStatement()) {
            s.execute("SET threads = " + threads);
            s.execute("CREATE TABLE cc (cameo VARCHAR, iso3 VARCHAR)");
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "cc")) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (Country k : CountryTable.bundled().all()) {
                    if (k.cameo().isPresent() && seen.add(k.cameo().get())) {
                        a.beginRow();
                        a.append(k.cameo().get());
                        a.append(k.iso3());
                        a.endRow();
                    }
                }
            }
            String list = Arrays.stream(files).map(f -> "'" + f + "'").collect(Collectors.joining(", "));
            s.execute("CREATE TABLE dyad_month AS SELECT 'gdelt' AS source, c1.iso3 AS actor1, c2.iso3 AS actor2, "
                    + "make_date(SQLDATE // 10000, SQLDATE // 100 % 100, 1) AS month, EventRootCode AS root, "
                    + "QuadClass AS quad_class, " + DIMENSION + " AS dimension, count(*) AS events, "
                    + "sum(GoldsteinScale) AS goldstein_sum, sum(GoldsteinScale * NumMentions) AS goldstein_weighted, "
                    + "sum(NumMentions) AS mentions, sum(NumSources) AS sources, sum(NumArticles) AS articles, "
                    + "sum(AvgTone) AS tone_sum, count(AvgTone) AS toned "
                    + "FROM read_csv([" + list + "], delim = '\\t', header = false, quote = '', escape = '', "
                    + "columns = {" + COLUMNS + "}) t "
                    + "JOIN cc c1 ON t.Actor1CountryCode = c1.cameo JOIN cc c2 ON t.Actor2CountryCode = c2.cameo "
                    + "GROUP BY ALL");
            try (ResultSet r = s.executeQuery("SELECT count(*), sum(events) FROM dyad_month")) {
                r.next();
                System.out.printf("duckdb rollup: %,d groups, %,d dyadic events%n", r.getLong(1), r.getLong(2));
            }
        }
    }

    /** EventDimension's longest-prefix mapping, as SQL. */
    private static final String DIMENSION = "CASE WHEN EventCode LIKE '061%' THEN 'economic' "
            + "WHEN EventCode LIKE '062%' THEN 'military' WHEN EventCode LIKE '063%' THEN 'judicial' "
            + "WHEN EventCode LIKE '064%' THEN 'intelligence' WHEN EventCode LIKE '057%' THEN 'agreement' "
            + "WHEN EventCode LIKE '07%' THEN 'aid' WHEN EventCode LIKE '16%' THEN 'reduced-relations' "
            + "WHEN EventCode LIKE '17%' THEN 'coercion' WHEN EventCode LIKE '18%' OR EventCode LIKE '19%' "
            + "OR EventCode LIKE '20%' THEN 'force' ELSE '' END";

    private static final String COLUMNS = columns();

    private static String columns() {
        String[] names = new String[61];
        for (int i = 0; i < 61; i++) {
            names[i] = "'c" + i + "': 'VARCHAR'";
        }
        names[1] = "'SQLDATE': 'INTEGER'";
        names[7] = "'Actor1CountryCode': 'VARCHAR'";
        names[17] = "'Actor2CountryCode': 'VARCHAR'";
        names[26] = "'EventCode': 'VARCHAR'";
        names[28] = "'EventRootCode': 'VARCHAR'";
        names[29] = "'QuadClass': 'TINYINT'";
        names[30] = "'GoldsteinScale': 'DOUBLE'";
        names[31] = "'NumMentions': 'INTEGER'";
        names[32] = "'NumSources': 'INTEGER'";
        names[33] = "'NumArticles': 'INTEGER'";
        names[34] = "'AvgTone': 'DOUBLE'";
        return String.join(", ", names);
    }

    private static void compare(Path store, Path duck) throws SQLException {
        try (Connection c = open("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("ATTACH '" + store.toAbsolutePath() + "' AS e (READ_ONLY)");
            s.execute("ATTACH '" + duck.toAbsolutePath() + "' AS d (READ_ONLY)");
            print(s, "totals (entente)", "SELECT count(*), sum(events), round(sum(goldstein_sum), 3), sum(mentions), "
                    + "round(sum(tone_sum), 3) FROM e.dyad_month");
            print(s, "totals (duckdb) ", "SELECT count(*), sum(events), round(sum(goldstein_sum), 3), sum(mentions), "
                    + "round(sum(tone_sum), 3) FROM d.dyad_month");
            for (String dyad : new String[] {"'USA','ISR'", "'IRN','RUS'", "'RUS','UKR'", "'CHN','USA'"}) {
                String where = " WHERE (actor1, actor2) = (" + dyad + ")";
                print(s, dyad + " entente", "SELECT count(*), sum(events), round(sum(goldstein_sum), 6), "
                        + "sum(mentions), sum(articles), round(sum(tone_sum), 6) FROM e.dyad_month" + where);
                print(s, dyad + " duckdb ", "SELECT count(*), sum(events), round(sum(goldstein_sum), 6), "
                        + "sum(mentions), sum(articles), round(sum(tone_sum), 6) FROM d.dyad_month" + where);
            }
            print(s, "groups that differ (events, mentions, sources, articles exactly; sums within 1e-6)",
                    "SELECT count(*) FROM e.dyad_month x FULL JOIN d.dyad_month y USING (source, actor1, actor2, month, "
                    + "root, quad_class, dimension) WHERE x.events IS DISTINCT FROM y.events "
                    + "OR x.mentions IS DISTINCT FROM y.mentions OR x.sources IS DISTINCT FROM y.sources "
                    + "OR x.articles IS DISTINCT FROM y.articles OR x.toned IS DISTINCT FROM y.toned "
                    + "OR abs(x.goldstein_sum - y.goldstein_sum) > 1e-6 "
                    + "OR abs(x.goldstein_weighted - y.goldstein_weighted) > 1e-6 OR abs(x.tone_sum - y.tone_sum) > 1e-6 "
                    + "OR x.events IS NULL OR y.events IS NULL");
        }
    }

    private static void print(Statement s, String label, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                b.append(i > 1 ? "  " : "").append(r.getString(i));
            }
            System.out.println("  " + label + ": " + b);
        }
    }
}
