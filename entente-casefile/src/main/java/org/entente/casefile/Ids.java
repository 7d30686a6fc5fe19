package org.entente.casefile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.model.Spelling;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The ids a case file defines and the references it makes to them. Ids are unique across the
 * whole file; references are checked once the whole file has been read, so that an item may
 * cite one defined further down.
 */
final class Ids {

    /** What an id names; references expect one kind. */
    enum Kind {
        SOURCE("source", "sources"), EVENT("timeline event", "timeline"), EVIDENCE("evidence item", "evidence"),
        TREATY("treaty", "treaties"), VARIABLE("outlook variable", "outlook.variables"), OTHER("item", "the file");

        private final String noun;
        private final String section;

        Kind(String noun, String section) {
            this.noun = noun;
            this.section = section;
        }
    }

    private record Definition(Kind kind, Problems.Place at) {
    }

    private record Reference(Kind kind, String id, Problems.Place at) {
    }

    private final Map<String, Definition> defined = new LinkedHashMap<>();
    private final java.util.Set<Kind> unread = java.util.EnumSet.noneOf(Kind.class);
    private final List<Reference> references = new ArrayList<>();
    private final Problems problems;

    Ids(Problems problems) {
        this.problems = problems;
    }

    void define(String id, Kind kind, Node at) {
        define(id, kind, problems.place(at));
    }

    void define(String id, Kind kind, Problems.Place at) {
        Definition first = defined.get(id);
        if (first != null) {
            problems.at(at, "duplicate id '" + id + "' (first defined at " + problems.where(first.at()) + ")",
                    "every id must be unique in the file; rename one of them");
            return;
        }
        defined.put(id, new Definition(kind, at));
    }

    void refer(String id, Kind kind, Node at) {
        references.add(new Reference(kind, id, problems.place(at)));
    }

    /**
     * Records that some ids of a kind may be defined where they could not be read (a
     * bibliography that is a folder, or not UTF-8): a reference to one that is not defined is then
     * not reported, since the problem that hid it has been.
     */
    void unread(Kind kind) {
        unread.add(kind);
    }

    /** Reports every reference to an id that is not defined, or is defined as another kind. */
    void check() {
        for (Reference r : references) {
            Definition d = defined.get(r.id());
            if (d == null && unread.contains(r.kind())) {
                continue;
            }
            if (d == null) {
                List<String> near = Spelling.nearest(r.id(), idsOf(r.kind()), 3);
                problems.at(r.at(), r.kind().noun + " '" + r.id() + "' is not defined in " + r.kind().section,
                        near.isEmpty() ? "add an entry with this id to " + r.kind().section
                                : "did you mean " + String.join(", ", near) + "?");
            } else if (d.kind() != r.kind()) {
                problems.at(r.at(), "'" + r.id() + "' is " + article(d.kind().noun) + " (defined at "
                        + problems.where(d.at()) + "), not " + article(r.kind().noun),
                        "cite an id from " + r.kind().section);
            }
        }
    }

    private static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    private List<String> idsOf(Kind kind) {
        return defined.entrySet().stream().filter(e -> e.getValue().kind() == kind).map(Map.Entry::getKey).toList();
    }
}
