package org.entente.casefile;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.nodes.Node;

/** What every section reader shares: the file's problems and ids, and how an item is built. */
abstract class ItemReader {

    final Problems problems;
    final Ids ids;

    ItemReader(Problems problems, Ids ids) {
        this.problems = problems;
        this.ids = ids;
    }

    Fields fields(Node node, String what, Set<String> keys) {
        return new Fields(node, what, keys, problems, ids);
    }

    /**
     * Builds an item only if reading it raised no problem since {@code before}; a check that
     * the model's own constructor makes becomes a diagnostic at the item.
     */
    <T> Optional<T> build(Node at, int before, Supplier<T> make) {
        if (problems.count() != before) {
            return Optional.empty();
        }
        try {
            return Optional.of(make.get());
        } catch (IllegalArgumentException e) {
            problems.at(at, e.getMessage(), "see docs/case-format.md");
            return Optional.empty();
        }
    }
}
