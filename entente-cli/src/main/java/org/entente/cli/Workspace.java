package org.entente.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.entente.casefile.CaseFiles;
import org.entente.casefile.CaseLibrary;
import org.entente.casefile.TreatyTextCheck;
import org.entente.model.Case;
import org.entente.reference.CountryTable;
import org.entente.treaty.TreatyCoder;
import org.entente.treaty.TreatyTextException;

/** What the commands read from: the case library and the bundled country table. */
final class Workspace {

    private final CaseLibrary library;
    private final CountryTable countries;
    private final CaseFiles files;

    Workspace(Path casesFolder) {
        this.library = new CaseLibrary(casesFolder);
        this.countries = CountryTable.bundled();
        this.files = new CaseFiles(countries, Workspace::treatyText);
    }

    /**
     * Reads an attached treaty text as {@code entente treaty code} does (the same coder), so that
     * a case whose text that command refuses does not validate.
     */
    static Optional<TreatyTextCheck.Refusal> treatyText(Path file) {
        try {
            new TreatyCoder().code(file);
            return Optional.empty();
        } catch (TreatyTextException e) {
            // a text that is not UTF-8 is named with the line and column of its first bad byte
            String name = String.valueOf(file.getFileName());
            String at = e.file().startsWith(name + ":") ? " (at " + e.file().substring(name.length() + 1) + ")" : "";
            return Optional.of(new TreatyTextCheck.Refusal(e.problem() + at, e.hint()));
        }
    }

    CaseLibrary library() {
        return library;
    }

    CountryTable countries() {
        return countries;
    }

    CaseFiles files() {
        return files;
    }

    /**
     * @param idOrPath a case id or path
     * @return the case, validated
     * @throws org.entente.casefile.CaseFileException when it is not valid
     */
    Case load(String idOrPath) {
        return files.read(library.resolve(idOrPath));
    }
}
