package org.entente.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.entente.model.Case;
import org.entente.model.StateCatalog;

/**
 * Finds and reads case files. A path may name a {@code case.yaml} file (or any YAML file), a
 * case folder holding one, or a folder of case folders.
 */
public final class CaseFiles {

    /** The name of the file that holds a case inside its folder. */
    public static final String FILE_NAME = "case.yaml";

    private final StateCatalog catalog;
    private final TreatyTextCheck texts;

    /**
     * Checks attached treaty texts only by their first bytes ({@link TreatyTextCheck#sniff()}).
     *
     * @param catalog the state codes a case may use
     */
    public CaseFiles(StateCatalog catalog) {
        this(catalog, TreatyTextCheck.sniff());
    }

    /**
     * @param catalog the state codes a case may use
     * @param texts   how attached treaty texts are checked
     */
    public CaseFiles(StateCatalog catalog, TreatyTextCheck texts) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * What reading one file gave: the case, or the problems that kept it from being read.
     *
     * @param file        the file read
     * @param value       the case, present exactly when there are no diagnostics
     * @param diagnostics every problem found, in file order
     */
    public record Outcome(Path file, Optional<Case> value, List<Diagnostic> diagnostics) {

        /** Copies the list. */
        public Outcome {
            diagnostics = List.copyOf(diagnostics);
        }

        /** @return whether the file is a valid case */
        public boolean valid() {
            return diagnostics.isEmpty();
        }
    }

    /**
     * Reads and validates one file, never throwing for bad content.
     *
     * @param file a case file
     * @return the case or its problems
     */
    public Outcome check(Path file) {
        CaseReader reader = new CaseReader(file, catalog, texts);
        Optional<Case> value = reader.read();
        List<Diagnostic> d = reader.diagnostics();
        return new Outcome(file, d.isEmpty() ? value : Optional.empty(), d);
    }

    /**
     * @param file a case file
     * @return the case
     * @throws CaseFileException listing every problem, when the file is not a valid case
     */
    public Case read(Path file) {
        Outcome o = check(file);
        if (!o.valid()) {
            throw new CaseFileException(o.diagnostics());
        }
        return o.value().orElseThrow();
    }

    /**
     * @param path a case file, a case folder, or a folder of case folders
     * @return the case files it names, sorted by path
     * @throws CaseNotFoundException when it names none
     */
    public static List<Path> find(Path path) {
        if (path.toString().isEmpty()) {
            throw emptyPath();
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new CaseNotFoundException(path + " does not exist", "give a case id, a case folder or a case.yaml file");
        }
        if (path.getFileName() != null && path.getFileName().toString().equals(FILE_NAME)) {
            throw folderNotFile(path);
        }
        Path own = path.resolve(FILE_NAME);
        if (Files.isRegularFile(own)) {
            return List.of(own);
        }
        if (Files.isDirectory(own)) {
            throw folderNotFile(own);
        }
        try (Stream<Path> children = Files.list(path)) {
            List<Path> found = children.map(c -> c.resolve(FILE_NAME)).filter(Files::isRegularFile).sorted().toList();
            if (found.isEmpty()) {
                throw new CaseNotFoundException("no " + FILE_NAME + " in " + path + " or in the folders directly inside it",
                        "a case is a folder holding case.yaml: name that folder, or the folder of case folders "
                        + "(cases/, holding cases/<id>/case.yaml); deeper folders are not searched");
            }
            return found;
        } catch (IOException e) {
            throw new CaseNotFoundException("cannot list " + path + ": " + e.getMessage(), "check the folder's permissions");
        }
    }

    static CaseNotFoundException emptyPath() {
        return new CaseNotFoundException("the case named is empty (\"\")", "give a case id, a case folder or a case.yaml file");
    }

    /** A folder where the case file should be: told as such, not as a folder with no case in it. */
    static CaseNotFoundException folderNotFile(Path caseFile) {
        return new CaseNotFoundException(caseFile + " is a folder, not a file", FILE_NAME + " must be the YAML file "
                + "that holds the case (docs/case-format.md); move the folder out of the way and put the file there");
    }
}
