package org.entente.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.ledger.Ledger;
import org.entente.ledger.Prediction;
import org.entente.ledger.Scoring;
import org.entente.model.Ordered;

/**
 * The forecast ledger as the forecasts page and {@code /api/forecasts} show it: every recorded
 * forecast with its resolution and, once resolved, its Brier and log scores; the means; the
 * calibration table. The server only reads: a missing ledger is reported, not created, and the
 * file is opened for each request and closed at once, so {@code entente forecast record} can
 * write to it while the server runs.
 */
final class ForecastLedger {

    private final Path file;

    ForecastLedger(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** @return whether the ledger file exists */
    boolean exists() {
        return Files.isRegularFile(file);
    }

    /** @return the ledger's forecasts, scores and calibration; for a missing file, how to start one */
    synchronized Map<String, Object> read() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ledger", file.toAbsolutePath().toString());
        out.put("exists", exists());
        if (!exists()) {
            out.put("forecasts", List.of());
            out.put("hint", "record a forecast with: entente forecast record --id ID --question TEXT --resolves DATE "
                    + "--probability P");
            return out;
        }
        List<Prediction> all;
        try (Ledger l = Ledger.openForReading(file)) {
            all = l.all();
        } catch (Ledger.LedgerException e) {
            throw new ApiProblem(503, "the forecast ledger cannot be read now: " + e.getMessage(),
                    "another entente command may be using it; try again when it ends");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Prediction> resolved = new ArrayList<>();
        double brier = 0;
        double log = 0;
        for (Prediction p : all) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", p.id());
            row.put("question", p.question());
            row.put("subject", p.subject());
            row.put("model", p.model());
            row.put("made", p.made().toString());
            row.put("resolves", p.resolves().toString());
            row.put("outcomes", new java.util.TreeMap<>(p.outcomes()));
            row.put("status", p.outcome().isPresent() ? "resolved" : "open");
            if (p.outcome().isPresent()) {
                String o = p.outcome().get();
                double b = Scoring.brier(p.outcomes(), o);
                double g = Scoring.log(p.outcomes(), o);
                row.put("outcome", o);
                row.put("resolvedOn", p.resolvedOn().map(Object::toString).orElse(null));
                row.put("probability", p.outcomes().get(o));
                row.put("brier", round(b));
                row.put("log", round(g));
                brier += b;
                log += g;
                resolved.add(p);
            }
            rows.add(row);
        }
        out.put("forecasts", rows);
        out.put("recorded", all.size());
        out.put("resolved", resolved.size());
        out.put("meanBrier", resolved.isEmpty() ? null : round(brier / resolved.size()));
        out.put("meanLog", resolved.isEmpty() ? null : round(log / resolved.size()));
        out.put("calibration", Scoring.calibration(resolved).stream().map(bin -> Ordered.map("from", bin.from(), "to", bin.to(),
                "n", bin.n(), "forecast", round(bin.forecast()), "observed", round(bin.observed()))).toList());
        return out;
    }

    static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
