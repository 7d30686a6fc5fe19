package org.entente.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.model.Case;
import org.entente.model.Source;
import org.entente.reference.data.Bundle;

/**
 * Numbers the sources a brief cites, in order of first citation, and formats the endnotes in one
 * style: author or publisher, "title", publisher, date, address. A bundled dataset (cited by its id
 * for data-only contributions) gets the citation its producers ask for, then the data as bundled;
 * the event data sets GDELT and ICEWS get their own citations.
 */
final class Citations {

    private final Optional<Case> subject;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();

    Citations(Optional<Case> subject) {
        this.subject = subject;
    }

    /** @return the endnote numbers for these source ids, assigning new ones as needed */
    List<Integer> cite(List<String> ids) {
        List<Integer> out = new ArrayList<>();
        for (String id : ids) {
            out.add(numbers.computeIfAbsent(id, k -> numbers.size() + 1));
        }
        return out.stream().distinct().sorted().toList();
    }

    /** @return "[1, 4]" for use in text, or "" when nothing is cited */
    String marks(List<String> ids) {
        List<Integer> n = cite(ids);
        return n.isEmpty() ? "" : n.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
    }

    /** @return the endnotes in number order */
    List<String> endnotes() {
        List<String> out = new ArrayList<>();
        numbers.forEach((id, n) -> out.add(format(id)));
        return out;
    }

    /**
     * The event data sets a brief's event record reads, cited in the brief's style (author,
     * "title", publisher, date, address), by the source id an event store keeps.
     */
    static final Map<String, String> EVENT_SOURCES = Map.of(
            "gdelt", "Kalev Leetaru and Philip A. Schrodt, \u201cGDELT: Global Data on Events, Location and Tone, "
                    + "1979\u20132012,\u201d International Studies Association Annual Convention, San Francisco, 2013-04.",
            "icews", "Elizabeth Boschee, Jennifer Lautenschlager, Sean O'Brien, Steve Shellman, James Starz and Michael Ward, "
                    + "\u201cICEWS Coded Event Data,\u201d Harvard Dataverse, 2015, https://doi.org/10.7910/DVN/28075.");

    /** The id under which a brief cites an event data set ({@code events-gdelt}, {@code events-icews}). */
    static String eventSource(String source) {
        return "events-" + source;
    }

    private String format(String id) {
        Optional<Source> s = subject.flatMap(c -> c.source(id));
        if (s.isEmpty() && id.startsWith("events-") && EVENT_SOURCES.containsKey(id.substring("events-".length()))) {
            return EVENT_SOURCES.get(id.substring("events-".length())) + " CAMEO-coded events read from the event store "
                    + "named for this brief (entente events stores lists its files).";
        }
        if (s.isEmpty()) {
            return dataset(id).orElse(id + " (no citation on record).");
        }
        Source src = s.get();
        StringBuilder b = new StringBuilder();
        b.append(src.author().or(src::publisher).orElse(id)).append(", \u201c").append(src.title()).append(",\u201d");
        if (src.author().isPresent() && src.publisher().isPresent()) {
            b.append(' ').append(src.publisher().get()).append(',');
        }
        src.date().ifPresent(d -> b.append(' ').append(d).append(','));
        src.url().ifPresentOrElse(u -> b.append(' ').append(u).append('.'), () -> b.setCharAt(b.length() - 1, '.'));
        src.endnote().ifPresent(n -> b.append(" (The issue brief's note ").append(n).append(".)"));
        src.reliability().ifPresent(r -> b.append(" Graded ").append(r).append('.'));
        return b.toString();
    }

    /**
     * @return a bundled dataset's endnote: the citation its producers ask for (as {@code entente
     * dyad --sources} and the web app give it), then the data as bundled in the brief's style:
     * "name", version, the years bundled, address (left out when the citation gives it)
     */
    static Optional<String> dataset(String id) {
        Bundle.Dataset d = Bundle.bundled().datasets().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        if (d == null) {
            return Optional.empty();
        }
        String citation = d.citation().strip();
        StringBuilder b = new StringBuilder(citation).append(citation.endsWith(".") ? "" : ".");
        b.append(" Data: \u201c").append(d.name()).append(",\u201d ").append(d.version()).append(", bundled years ")
                .append(d.from()).append('\u2013').append(d.to());
        b.append(d.url().isBlank() || citation.contains(d.url()) ? "." : ", " + d.url() + ".");
        return Optional.of(b.toString());
    }
}
