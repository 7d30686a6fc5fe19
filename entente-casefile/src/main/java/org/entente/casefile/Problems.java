package org.entente.casefile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/** Collects the diagnostics of one file as it is read. */
final class Problems {

    private final Path file;
    private final List<Diagnostic> found = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void at(Node node, String message, String hint) {
        Mark m = node.getStartMark().orElse(null);
        at(m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1, message, hint);
    }

    void at(int line, int column, String message, String hint) {
        found.add(new Diagnostic(file, line, column, message, hint));
    }

    int count() {
        return found.size();
    }

    List<Diagnostic> sorted() {
        return found.stream()
                .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                .toList();
    }

    static String where(Node node) {
        return node.getStartMark().map(m -> (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("?");
    }
}
