package org.entente.server;

import org.entente.model.Ordered;
import org.entente.spectrum.AssessmentJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.model.Case;
import org.entente.model.Dimension;
import org.entente.model.Direction;
import org.entente.model.Evidence;
import org.entente.model.PartialDate;
import org.entente.model.Source;
import org.entente.model.TimelineEvent;
import org.entente.model.Word;
import org.entente.spectrum.Assessment;
import org.entente.spectrum.Contribution;

/**
 * The views of a case that the API and the pages share: the timeline filtered by dimension,
 * direction and period, each event with its sources; the evidence with the sources' grades and
 * what each item moves in the assessment.
 */
final class CaseViews {

    private CaseViews() {
    }

    /** A timeline filter as given in a query; each part optional. */
    record TimelineFilter(Optional<Dimension> dimension, Optional<Direction> direction, Optional<PartialDate> from,
                          Optional<PartialDate> to) {

        static TimelineFilter parse(String dimension, String direction, String from, String to) {
            TimelineFilter f = new TimelineFilter(word(Dimension.class, "dimension", dimension),
                    word(Direction.class, "direction", direction), date("from", from), date("to", to));
            if (f.from.isPresent() && f.to.isPresent() && f.from.get().start().isAfter(f.to.get().end())) {
                throw ApiProblem.badRequest("from " + f.from.get() + " is after to " + f.to.get(),
                        "give from <= to, e.g. from=2001&to=2026");
            }
            return f;
        }

        boolean accepts(TimelineEvent e) {
            return dimension.map(d -> e.dimensions().contains(d)).orElse(true)
                    && direction.map(d -> e.direction() == d).orElse(true)
                    && from.map(f -> e.date().end().compareTo(f.start()) >= 0).orElse(true)
                    && to.map(t -> e.date().start().compareTo(t.end()) <= 0).orElse(true);
        }
    }

    /** @return the events the filter accepts, in date order, each with its sources spelled out */
    static List<Map<String, Object>> timeline(Case c, TimelineFilter filter) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TimelineEvent e : c.chronology()) {
            if (!filter.accepts(e)) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("date", e.date());
            row.put("title", e.title());
            row.put("dimensions", e.dimensions());
            row.put("direction", e.direction());
            row.put("confidence", e.confidence());
            row.put("figures", e.figures());
            row.put("note", e.note());
            row.put("sources", sources(c, e.sources()));
            rows.add(row);
        }
        return rows;
    }

    /** @return every evidence item with its sources and its effect on the scores, largest first */
    static List<Map<String, Object>> evidence(Case c, Assessment a) {
        Map<String, List<Contribution>> moves = new LinkedHashMap<>();
        for (Contribution x : a.explanation()) {
            if (x.kind().equals("evidence")) {
                moves.computeIfAbsent(x.id(), k -> new ArrayList<>()).add(x);
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Evidence e : c.evidence()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", e.id());
            row.put("claim", e.claim());
            row.put("dimension", e.dimension());
            row.put("stance", e.stance());
            row.put("strength", e.strength());
            row.put("period", e.period());
            row.put("events", e.events());
            row.put("sources", sources(c, e.sources()));
            List<Map<String, Object>> effects = new ArrayList<>();
            for (Contribution x : moves.getOrDefault(e.id(), List.of())) {
                effects.add(Ordered.map("target", x.target(), "effect", AssessmentJson.round(x.effect()), "overall",
                        AssessmentJson.round(x.overall())));
            }
            row.put("moves", effects);
            row.put("overall", AssessmentJson.round(moves.getOrDefault(e.id(), List.of()).stream()
                    .mapToDouble(Contribution::overall).sum()));
            rows.add(row);
        }
        rows.sort((x, y) -> Double.compare(Math.abs((double) y.get("overall")), Math.abs((double) x.get("overall"))));
        return rows;
    }

    /** @return the sources cited, each with its title, grade, link and full citation */
    static List<Map<String, Object>> sources(Case c, List<String> ids) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            Optional<Source> s = c.source(id);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            s.ifPresent(x -> {
                row.put("title", x.title());
                row.put("kind", x.kind());
                row.put("reliability", x.reliability());
                row.put("url", x.url().filter(CaseViews::safeUrl));
                row.put("citation", x.citation());
            });
            out.add(row);
        }
        return out;
    }

    /** Only web links are offered as links: a {@code javascript:} or {@code data:} URL in a source is shown as text. */
    static boolean safeUrl(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }

    private static <E extends Enum<E> & Word> Optional<E> word(Class<E> type, String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<E> w = Word.parse(type, text);
        if (w.isEmpty()) {
            List<String> valid = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                valid.add(e.id());
            }
            throw ApiProblem.badRequest(name + ": unknown value '" + Html.clip(text) + "'", "valid: " + String.join(", ",
                    valid));
        }
        return w;
    }

    private static Optional<PartialDate> date(String name, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        PartialDate d;
        try {
            d = PartialDate.parse(text).orElseThrow(() -> new IllegalArgumentException("not a date"));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(name + ": '" + Html.clip(text) + "' is not a date" + (e.getMessage().equals("not a date")
                    ? "" : ": " + e.getMessage()), "write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        Api.checkYear(d.year(), name);
        return Optional.of(d);
    }
}
