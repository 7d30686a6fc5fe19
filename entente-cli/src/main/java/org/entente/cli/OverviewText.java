package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Collectors;
import org.entente.model.Obligation;
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
        section(out, "Drivers (push together)");
        o.drivers().forEach(f -> factor(out, "  + ", f));
        section(out, "Limits (hold apart)");
        o.limits().forEach(f -> factor(out, "  - ", f));
        section(out, "Treaties");
        o.treaties().forEach(t -> {
            wrap(out, t.title(), "  * ");
            out.println("      signed " + t.signed() + ", " + t.status()
                    + t.durationYears().map(y -> ", " + y + " years").orElse("")   // absent: open-ended, or not known
                    + t.articles().map(a -> ", " + a + " articles").orElse(""));
            t.renewal().ifPresent(r -> wrap(out, "renewal: " + r, "      "));
            out.println("      obligations: " + words(t.obligations(), "none coded")
                    + "; conspicuously absent: " + words(t.absent(), "none noted"));
        });
        out.flush();
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
