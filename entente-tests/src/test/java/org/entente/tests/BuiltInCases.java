package org.entente.tests;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.entente.casefile.CaseFiles;
import org.entente.model.Case;
import org.entente.reference.CountryTable;

/** Loads the project's built-in cases and this module's checklists. */
final class BuiltInCases {

    private static final Path ROOT = Path.of("..", "cases");

    private BuiltInCases() {
    }

    static Case load(String id) {
        return new CaseFiles(CountryTable.bundled()).read(ROOT.resolve(id).resolve(CaseFiles.FILE_NAME));
    }

    static List<CSVRecord> checklist(String name) {
        try (Reader r = new InputStreamReader(BuiltInCases.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            CSVFormat format = name.endsWith(".tsv") ? CSVFormat.TDF : CSVFormat.RFC4180;
            return format.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
