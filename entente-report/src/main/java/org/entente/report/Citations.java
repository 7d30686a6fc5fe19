package org.entente.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.model.Case;
import org.entente.model.Source;

/**
 * Numbers the sources a brief cites, in order of first citation, and formats the endnotes in one
 * style: author or publisher, "title", publisher, date, address. Dataset ids (for data-only
 * contributions) are cited by name.
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

    private String format(String id) {
        Optional<Source> s = subject.flatMap(c -> c.source(id));
        if (s.isEmpty() && id.startsWith("events-")) {
            String source = id.substring("events-".length());
            return "Event data: " + (source.equals("icews") ? "ICEWS (Boschee et al. 2015)" : "GDELT (Leetaru and Schrodt "
                    + "2013)") + ", CAMEO-coded, read from the event store named for this brief (entente events stores "
                    + "lists its files).";
        }
        if (s.isEmpty()) {
            return "Dataset: " + id + " (see entente dyad --sources for its full citation).";
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
}
