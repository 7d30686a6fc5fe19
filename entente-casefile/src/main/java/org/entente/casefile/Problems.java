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

    /** A place in one of the files of a case (the case file or its bibliography). */
    record Place(Path file, int line, int column) {
    }

    Place place(Node node) {
        Mark m = node.getStartMark().orElse(null);
        return new Place(file, m == null ? 1 : m.getLine() + 1, m == null ? 1 : m.getColumn() + 1);
    }

    void at(Node node, String message, String hint) {
        at(place(node), message, hint);
    }

    void at(int line, int column, String message, String hint) {
        at(new Place(file, line, column), message, hint);
    }

    void at(Place p, String message, String hint) {
        found.add(new Diagnostic(p.file(), p.line(), p.column(), message, hint));
    }

    /** @return where a place is, as {@code line:column}, with the file's name when it is not the case file */
    String where(Place p) {
        String lc = p.line() + ":" + p.column();
        return p.file().equals(file) ? lc : p.file().getFileName() + ":" + lc;
    }

    int count() {
        return found.size();
    }

    List<Diagnostic> sorted() {
        return found.stream()
                .sorted(Comparator.comparing((Diagnostic d) -> !d.file().equals(file))
                        .thenComparing(d -> d.file().toString())
                        .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                .toList();
    }

    static String where(Node node) {
        return node.getStartMark().map(m -> (m.getLine() + 1) + ":" + (m.getColumn() + 1)).orElse("?");
    }
}
