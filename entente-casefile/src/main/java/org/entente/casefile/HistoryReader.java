package org.entente.casefile;

import java.util.Optional;
import java.util.Set;
import org.entente.model.Confidence;
import org.entente.model.Dimension;
import org.entente.model.Direction;
import org.entente.model.Figure;
import org.entente.model.Indicator;
import org.entente.model.Qualifier;
import org.entente.model.TimelineEvent;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the dated parts of a case: the timeline with its figures, and the indicator series. */
final class HistoryReader extends ItemReader {

    private static final Set<String> EVENT = Set.of("id", "date", "title", "dimensions", "direction",
            "confidence", "figures", "sources", "note");
    private static final Set<String> FIGURE = Set.of("label", "value", "unit", "qualifier", "date", "sources");
    private static final Set<String> INDICATOR = Set.of("id", "title", "dimension", "unit", "values");
    private static final Set<String> VALUE = Set.of("date", "value", "qualifier", "confidence", "sources", "note");

    private final AsOf asOf;

    HistoryReader(Problems problems, Ids ids, AsOf asOf) {
        super(problems, ids);
        this.asOf = asOf;
    }

    Optional<TimelineEvent> event(Node n) {
        int before = problems.count();
        Fields f = fields(n, "timeline event", EVENT);
        var id = f.id(Ids.Kind.EVENT);
        var date = f.date("date", true);
        date.ifPresent(d -> asOf.checkEvent(d, f.get("date").get()));
        var title = f.text("title", true);
        var dims = f.words("dimensions", Dimension.class, true);
        if (f.get("dimensions").isPresent() && f.sequence("dimensions", false).isEmpty()) {
            problems.at(f.get("dimensions").get(), "'dimensions' must name at least one dimension", "e.g. [military]");
        }
        var direction = f.word("direction", Direction.class, true);
        var confidence = f.word("confidence", Confidence.class, false).orElse(Confidence.CONFIRMED);
        var figures = f.list("figures", false, this::figure);
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        var note = f.text("note", false);
        return build(n, before, () -> new TimelineEvent(id.get(), date.get(), title.get(), dims, direction.get(),
                confidence, figures, sources, note));
    }

    private Optional<Figure> figure(Node n) {
        int before = problems.count();
        Fields f = fields(n, "figure", FIGURE);
        var label = f.text("label", true);
        var value = f.number("value", true);
        var unit = f.text("unit", true);
        var qualifier = f.word("qualifier", Qualifier.class, false).orElse(Qualifier.EXACTLY);
        var date = f.date("date", false);
        var sources = f.refs("sources", Ids.Kind.SOURCE, false);
        return build(n, before, () -> new Figure(label.get(), value.get(), unit.get(), qualifier, date, sources));
    }

    Optional<Indicator> indicator(Node n) {
        int before = problems.count();
        Fields f = fields(n, "indicator", INDICATOR);
        var id = f.id(Ids.Kind.OTHER);
        var title = f.text("title", true);
        var dimension = f.word("dimension", Dimension.class, true);
        var unit = f.text("unit", true);
        var values = f.list("values", true, this::value);
        return build(n, before, () -> new Indicator(id.get(), title.get(), dimension.get(), unit.get(), values));
    }

    private Optional<Indicator.Value> value(Node n) {
        int before = problems.count();
        Fields f = fields(n, "indicator value", VALUE);
        var date = f.date("date", true);
        var value = f.number("value", true);
        var qualifier = f.word("qualifier", Qualifier.class, false).orElse(Qualifier.EXACTLY);
        var confidence = f.word("confidence", Confidence.class, false).orElse(Confidence.CONFIRMED);
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        var note = f.text("note", false);
        return build(n, before, () -> new Indicator.Value(date.get(), value.get(), qualifier, confidence, sources, note));
    }
}
