package org.entente.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/** A built-in case copied into a test's folder with a change to its file: a broken copy of a real case. */
final class RealCaseCopy {

    private final Path folder;

    private RealCaseCopy(Path folder) {
        this.folder = folder;
    }

    /**
     * @param id     a built-in case, e.g. iran-russia
     * @param into   the folder to copy it into (it becomes {@code into/id/})
     * @param change the change to its case file, which must change something
     */
    static RealCaseCopy of(String id, Path into, UnaryOperator<String> change) throws IOException {
        Path real = Path.of("..", "cases", id);
        Path folder = Files.createDirectories(into.resolve(id));
        String text = Files.readString(real.resolve("case.yaml"));
        String changed = change.apply(text);
        assertThat(changed).as("the change applies").isNotEqualTo(text);
        Files.writeString(folder.resolve("case.yaml"), changed);
        Files.copy(real.resolve("sources.tsv"), folder.resolve("sources.tsv"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new RealCaseCopy(folder);
    }

    Path file() {
        return folder.resolve("case.yaml");
    }

    CaseFiles.Outcome check() {
        return new CaseFiles(new TestCatalog()).check(file());
    }

    /** @return the 1-based line of the copy on which {@code text} first occurs */
    int lineOf(String text) throws IOException {
        List<String> lines = Files.readAllLines(file());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the copy");
    }
}
