package org.entente.casefile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a case file cannot be used; carries every problem found in it.
 */
public final class CaseFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * @param diagnostics the problems, at least one
     */
    public CaseFileException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining(System.lineSeparator())));
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a CaseFileException needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    /** @return the problems, in file order */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
