package org.entente.cli;

import java.nio.file.Path;
import org.entente.casefile.CaseFiles;
import org.entente.casefile.CaseLibrary;
import org.entente.casefile.CaseNotFoundException;
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
        Path file;
        try {
            file = library.resolve(idOrPath);
        } catch (CaseNotFoundException e) {
            if (!java.nio.file.Files.exists(Path.of(idOrPath)) && java.nio.file.Files.isDirectory(library.root())
                    && library.ids().isEmpty()) {
                // an id looked up in a folder without cases: the library's hint would list its known cases, none
                throw new CaseNotFoundException(e.getMessage(), library.root() + " holds no cases (a case is a folder with "
                        + "a " + CaseFiles.FILE_NAME + "); name another folder with --cases DIR, a case's own folder or "
                        + "file, or leave --cases out for the built-in cases");
            }
            throw e;
        }
        return files.read(file);
    }
}
