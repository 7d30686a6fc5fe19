package org.entente.casefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.entente.model.Spelling;

/**
 * The folder of cases ({@code cases/}) and how a user names a case in it: by id, or by a path
 * to a case folder or file anywhere.
 *
 * @param root the folder holding one folder per case
 */
public record CaseLibrary(Path root) {

    /** @return the ids of the cases in the library, sorted */
    public List<String> ids() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(c -> Files.isRegularFile(c.resolve(CaseFiles.FILE_NAME)))
                    .map(c -> c.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new CaseNotFoundException("cannot list " + root + ": " + e.getMessage(), "check the folder's permissions");
        }
    }

    /**
     * @param idOrPath a case id such as {@code iran-russia}, or a path to a case folder or file
     * @return the case file it names
     * @throws CaseNotFoundException naming the nearest ids when there is no such case
     */
    public Path resolve(String idOrPath) {
        if (idOrPath.isEmpty()) {
            throw CaseFiles.emptyPath();
        }
        Path asPath = Path.of(idOrPath);
        if (Files.exists(asPath) && (idOrPath.contains("/") || Files.isRegularFile(asPath)
                || Files.isRegularFile(asPath.resolve(CaseFiles.FILE_NAME)))) {
            List<Path> found = CaseFiles.find(asPath);
            if (found.size() == 1) {
                return found.get(0);
            }
            throw new CaseNotFoundException(idOrPath + " holds " + found.size() + " cases", "name one case folder");
        }
        Path file = root.resolve(idOrPath).resolve(CaseFiles.FILE_NAME);
        if (Files.isRegularFile(file)) {
            return file;
        }
        if (Files.isDirectory(file)) {
            throw CaseFiles.folderNotFile(file);
        }
        if (!Files.isDirectory(root)) {
            throw new CaseNotFoundException("no case '" + idOrPath + "': " + root + " is not a folder of cases",
                    "name one with --cases DIR (a folder holding one folder per case), or leave --cases out for the "
                    + "built-in cases");
        }
        List<String> known = ids();
        if (known.isEmpty()) {   // a hint listing the known cases would list none
            throw new CaseNotFoundException("no case '" + idOrPath + "' in " + root, root + " holds no cases (a case is a "
                    + "folder with a " + CaseFiles.FILE_NAME + "); name another folder with --cases DIR, a case's own "
                    + "folder or file, or leave --cases out for the built-in cases");
        }
        List<String> near = Spelling.nearest(idOrPath, known, 3);
        throw new CaseNotFoundException("no case '" + idOrPath + "' in " + root,
                near.isEmpty() ? "known cases: " + String.join(", ", known) : "did you mean " + String.join(", ", near) + "?");
    }
}
