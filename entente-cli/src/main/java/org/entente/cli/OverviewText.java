package org.entente.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.model.Confidence;
import org.entente.model.Indicator;
import org.entente.model.Obligation;
import org.entente.model.PartialDate;
import org.entente.model.Qualifier;
import org.entente.model.TimelineEvent;
import org.entente.model.Word;

/** Prints an {@link Overview} for a reader at a terminal. */
final class OverviewText {

    private static final int WIDTH = 96;

    private OverviewText() {
    }

    static void print(Overview o, PrintWriter out) {
        out.println(o.title() + "  [" + o.id() + "]");
        out.println(o.dyad().stream().map(s -> s.name() + " (" + s.code() + s.cow().map(c -> ", COW " + c).orElse("") + ")")
                .collect(Collectors.joining("  \u2013  ")));
        out.println("as of " + o.asOf() + "; timeline " + o.first().map(Object::toString).orElse("-") + " to "
                + o.last().map(Object::toString).orElse("-") + "; " + o.counts().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        out.println();
        wrap(out, o.summary(), "");
        section(out, "Key judgements");
        o.judgements().forEach(j -> wrap(out, j.text(), "  - [" + j.kind().id() + "] "));
        section(out, "Latest developments");
        o.latest().forEach(e -> wrap(out, e.title() + marks(e), String.format("  %-10s %s ", e.date(), arrow(e))));
        section(out, "By dimension            events  evidence+  evidence-");
        o.dimensions().forEach((d, n) -> out.printf("  %-22s %6d %10d %10d%n", d, n.events(), n.evidenceToward(),
                n.evidenceLimits()));
        section(out, "Indicators (values by date; figures from different sources side by side)");
        o.indicators().forEach(i -> indicator(out, i));
        section(out, "Drivers (push together)");
        o.drivers().forEach(f -> factor(out, "  + ", f));
        section(out, "Limits (hold apart)");
        o.limits().forEach(f -> factor(out, "  - ", f));
        section(out, "Treaties");
        o.treaties().forEach(t -> {
            wrap(out, t.title(), "  * ");
            out.println("      signed " + t.signed() + t.entryIntoForce().map(d -> ", entered into force " + d).orElse("")
                    + ", " + t.status()
                    + t.durationYears().map(y -> ", " + y + " years").orElse("")   // absent: open-ended, or not known
                    + t.articles().map(a -> ", " + a + " articles").orElse(""));
            t.renewal().ifPresent(r -> wrap(out, "renewal: " + r, "      "));
            out.println("      obligations: " + words(t.obligations(), "none coded")
                    + "; conspicuously absent: " + words(t.absent(), "none noted"));
        });
        out.flush();
    }

    /**
     * Prints a series: one line per date, the values given for it side by side, each with its
     * qualifier, its sources and note; a date given exact figures that disagree, or figures marked
     * conflicting, is marked conflicting, and one whose figures differ only through a qualified
     * figure ("about 5" beside 4.9) is marked as differing.
     */
    private static void indicator(PrintWriter out, Indicator i) {
        wrap(out, i.title() + " [" + i.id() + "; " + i.dimension().id() + "; " + i.unit() + "]", "  * ");
        Map<PartialDate, List<Indicator.Value>> byDate = new LinkedHashMap<>();
        i.values().stream().sorted(Comparator.comparing(Indicator.Value::date))
                .forEach(v -> byDate.computeIfAbsent(v.date(), d -> new ArrayList<>()).add(v));
        byDate.forEach((date, values) -> {
            boolean alone = values.size() == 1;
            // exact figures that disagree, or figures the case codes as conflicting, conflict; an
            // "about" or "over" figure beside an exact one only differs from it
            boolean conflicting = !alone && (values.stream().filter(v -> v.qualifier() == Qualifier.EXACTLY)
                    .map(Indicator.Value::value).distinct().count() > 1
                    || values.stream().anyMatch(v -> v.confidence() == Confidence.CONFLICTING));
            boolean differ = !alone && values.stream().map(Indicator.Value::value).distinct().count() > 1;
            String line = values.stream().map(v -> value(v, alone)).collect(Collectors.joining("  |  "))
                    + (conflicting ? "  [conflicting figures]" : differ ? "  [figures differ]" : "");
            // the lead is as wide as the hanging indent, so that wrapped values line up
            wrap(out, line, String.format("    %-10s  ", date));
        });
    }

    /** @param alone whether it is the only value for its date (else a conflict is marked for the date) */
    private static String value(Indicator.Value v, boolean alone) {
        String qualifier = v.qualifier() == Qualifier.EXACTLY ? "" : v.qualifier().id().replace('-', ' ') + " ";
        String number = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(BigDecimal.valueOf(v.value()));
        String marks = v.confidence() == Confidence.UNCONFIRMED ? "; unconfirmed"
                : v.confidence() == Confidence.CONFLICTING && alone ? "; conflicting" : "";
        return qualifier + number + " (" + String.join(", ", v.sources()) + v.note().map(n -> "; " + n).orElse("") + marks + ")";
    }

    private static void factor(PrintWriter out, String lead, Overview.FactorLine f) {
        wrap(out, f.title() + " [" + f.kind() + "; " + f.evidence() + " evidence]", lead);
    }

    private static String words(List<Obligation> obligations, String empty) {
        return obligations.isEmpty() ? empty : obligations.stream().map(Word::id).collect(Collectors.joining(", "));
    }

    private static String arrow(TimelineEvent e) {
        return switch (e.direction()) {
            case TOWARD_ALIGNMENT -> "+";
            case MARKS_LIMIT -> "-";
            case MIXED -> "\u00b1";
            case CONTEXT -> "~";
        };
    }

    private static String marks(TimelineEvent e) {
        return switch (e.confidence()) {
            case CONFIRMED -> "";
            case UNCONFIRMED -> " (unconfirmed)";
            case CONFLICTING -> " (conflicting)";
        };
    }

    private static void section(PrintWriter out, String title) {
        out.println();
        out.println(title);
    }

    /** Prints {@code text} after {@code lead}, wrapped at the page width with a hanging indent. */
    static void wrap(PrintWriter out, String text, String lead) {
        String indent = " ".repeat(Math.min(lead.length(), 16));
        StringBuilder line = new StringBuilder(lead);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() + word.length() + 1 > WIDTH && line.length() > lead.length()) {
                out.println(line.toString().stripTrailing());
                line = new StringBuilder(indent);
            }
            line.append(word).append(' ');
        }
        out.println(line.toString().stripTrailing());
    }

}
