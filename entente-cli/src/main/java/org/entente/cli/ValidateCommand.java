package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.casefile.CaseFiles;
import org.entente.casefile.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente validate PATH...}: checks case files and lists every problem; exit 2 on any. */
@Command(name = "validate", description = "Validate case files: a case folder, a case.yaml file, or a folder "
        + "of cases. Lists every problem as file:line:column; exits 2 if there is any.")
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "What to check (default: the case library).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--json", description = "Print the results as JSON.")
    boolean json;

    /**
     * The result for one file.
     *
     * @param file     the file checked
     * @param valid    whether it is a valid case
     * @param problems what is wrong with it
     */
    record Result(Path file, boolean valid, List<Diagnostic> problems) {
    }

    @Override
    public Integer call() {
        Workspace ws = root.workspace();
        List<Path> targets = paths.isEmpty() ? List.of(ws.library().root()) : paths;
        List<Result> results = new ArrayList<>();
        for (Path target : targets) {
            // a bare name that is no file or folder here is a case id in the library, as for show and assess
            Path inLibrary = ws.library().root().resolve(target.toString());
            if (!java.nio.file.Files.exists(target) && target.getNameCount() == 1 && java.nio.file.Files.isDirectory(inLibrary)) {
                target = inLibrary;
            }
            for (Path file : CaseFiles.find(target)) {
                CaseFiles.Outcome o = ws.files().check(file);
                results.add(new Result(file, o.valid(), o.diagnostics()));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        long bad = results.stream().filter(r -> !r.valid()).count();
        int count = results.stream().mapToInt(r -> r.problems().size()).sum();
        if (json) {
            Json.print(out, results);
        } else {
            PrintWriter err = spec.commandLine().getErr();
            for (Result r : results) {
                r.problems().forEach(d -> err.println(d.format()));
                if (r.valid()) {
                    out.println("ok   " + r.file());
                }
            }
            err.flush();
            out.println(bad == 0 ? results.size() + " case file(s) valid"
                    : count + " problem(s) in " + bad + " of " + results.size() + " case file(s)");
            out.flush();
        }
        return bad == 0 ? 0 : Failures.BAD_INPUT;
    }
}
