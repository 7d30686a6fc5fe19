package org.entente.cli;

import java.nio.file.Path;
import org.entente.casefile.CaseFiles;
import org.entente.casefile.CaseLibrary;
import org.entente.model.Case;
import org.entente.reference.CountryTable;

/** What the commands read from: the case library and the bundled country table. */
final class Workspace {

    private final CaseLibrary library;
    private final CountryTable countries;
    private final CaseFiles files;

    Workspace(Path casesFolder) {
        this.library = new CaseLibrary(casesFolder);
        this.countries = CountryTable.bundled();
        this.files = new CaseFiles(countries);
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
