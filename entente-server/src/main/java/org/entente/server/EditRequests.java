package org.entente.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.server.EditFields.Shape;

/**
 * The four edits analysts make, built from a JSON body or a form: add an evidence item, add a
 * timeline event, add a source, record a signpost as observed (yes, no, or unknown again).
 * Evidence and events are appended as text to their section of {@code case.yaml}; sources go
 * to {@code sources.tsv}; an observation changes one line of the signpost.
 */
final class EditRequests {

    static final List<String> EVIDENCE = List.of("id", "claim", "dimension", "stance", "strength", "period", "events",
            "sources");
    static final List<String> EVENT = List.of("id", "date", "title", "dimensions", "direction", "confidence", "figures",
            "sources", "note");

    private static final Map<String, Shape> EVIDENCE_SHAPES = Map.of("id", Shape.TEXT, "claim", Shape.TEXT, "dimension",
            Shape.TEXT, "stance", Shape.TEXT, "strength", Shape.TEXT, "period", Shape.PERIOD, "events", Shape.TEXTS,
            "sources", Shape.TEXTS);
    private static final Map<String, Shape> EVENT_SHAPES = Map.of("id", Shape.TEXT, "date", Shape.TEXT, "title",
            Shape.TEXT, "dimensions", Shape.TEXTS, "direction", Shape.TEXT, "confidence", Shape.TEXT, "figures",
            Shape.FIGURES, "sources", Shape.TEXTS, "note", Shape.TEXT);

    private EditRequests() {
    }

    /** @return an edit appending an evidence item built from the fields */
    static CaseEdits.Edit evidence(Map<String, Object> fields) {
        EditFields.checkTypes(fields, EVIDENCE, EVIDENCE_SHAPES, "an evidence item");
        return append("evidence", "add-evidence", fields, EVIDENCE);
    }

    /** @return an edit appending a timeline event built from the fields */
    static CaseEdits.Edit event(Map<String, Object> fields) {
        EditFields.checkTypes(fields, EVENT, EVENT_SHAPES, "a timeline event");
        return append("timeline", "add-event", fields, EVENT);
    }

    private static CaseEdits.Edit append(String section, String action, Map<String, Object> fields, List<String> order) {
        return new Simple(action, "case.yaml", id(fields), current -> {
            CaseText text = new CaseText(current);
            List<List<String>> written = new ArrayList<>();
            int line = text.append(section, indent -> {
                List<String> item = ItemText.item(fields, order, indent);
                written.add(item);
                return item;
            });
            return new CaseEdits.Change(text.toString(), line, null, String.join("\n", written.get(0)));
        });
    }

    /** @return an edit appending a row to the bibliography table */
    static CaseEdits.Edit source(Map<String, Object> fields) {
        Map<String, Shape> columns = new LinkedHashMap<>();
        SourceRow.COLUMNS.forEach(c -> columns.put(c, Shape.TEXT));
        EditFields.checkTypes(fields, SourceRow.COLUMNS, columns, "a source");
        return new Simple("add-source", SourceRow.FILE, id(fields), current -> {
            String[] added = SourceRow.append(current, fields);
            return new CaseEdits.Change(added[0], SourceRow.lineCount(added[0]), null, added[1]);
        });
    }

    /**
     * @param signpost the signpost's id
     * @param observed "yes", "no" or "unknown"
     * @return an edit setting (or, for unknown, removing) the signpost's {@code observed}
     */
    static CaseEdits.Edit observation(String signpost, String observed) {
        Optional<Boolean> seen = switch (observed == null ? "" : observed.strip()) {
            case "yes" -> Optional.of(true);
            case "no" -> Optional.of(false);
            case "unknown" -> Optional.empty();
            default -> throw ApiProblem.badRequest("observed must be yes, no or unknown, not '" + Html.clip(observed) + "'",
                    "unknown removes what the case file records");
        };
        return new Simple("observe-signpost", "case.yaml", signpost, current -> {
            CaseText text = new CaseText(current);
            CaseText.Changed c = SignpostText.observe(text, signpost, seen);
            return new CaseEdits.Change(text.toString(), c.line(), c.before(), c.after());
        });
    }

    /** @return the fields of an evidence form: lists from comma-separated text, the period from two boxes */
    static Map<String, Object> evidenceForm(Map<String, List<String>> form) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String k : List.of("id", "claim", "dimension", "stance", "strength")) {
            f.put(k, first(form, k));
        }
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", first(form, "period_from"));
        period.put("to", first(form, "period_to"));
        f.put("period", ItemText.absent(period.get("from")) && ItemText.absent(period.get("to")) ? null : period);
        f.put("events", list(form, "events"));
        f.put("sources", list(form, "sources"));
        return f;
    }

    /** @return the fields of a timeline form; dimensions may be ticked boxes or comma-separated text */
    static Map<String, Object> eventForm(Map<String, List<String>> form) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String k : List.of("id", "date", "title")) {
            f.put(k, first(form, k));
        }
        f.put("dimensions", list(form, "dimensions"));
        f.put("direction", first(form, "direction"));
        f.put("confidence", first(form, "confidence"));
        f.put("sources", list(form, "sources"));
        f.put("note", first(form, "note"));
        return f;
    }

    /** @return the fields of a source form, by column name */
    static Map<String, Object> sourceForm(Map<String, List<String>> form) {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String k : SourceRow.COLUMNS) {
            f.put(k, first(form, k));
        }
        return f;
    }

    private static String first(Map<String, List<String>> form, String key) {
        List<String> v = form.get(key);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static List<String> list(Map<String, List<String>> form, String key) {
        List<String> out = new ArrayList<>();
        for (String v : form.getOrDefault(key, List.of())) {
            for (String part : v.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    out.add(part);
                }
            }
        }
        return out.isEmpty() ? null : out;
    }

    private static String id(Map<String, Object> fields) {
        Object id = fields.get("id");
        return id == null ? "" : String.valueOf(id);
    }

    /** An edit from its parts. */
    private record Simple(String action, String file, String item,
                          java.util.function.Function<String, CaseEdits.Change> change) implements CaseEdits.Edit {
        @Override
        public CaseEdits.Change apply(String current) {
            return change.apply(current);
        }
    }
}
