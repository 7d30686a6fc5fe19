package org.entente.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.entente.model.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code entente assess [CASE]}: the main job, on the built-in Iran–Russia case by default.
 * Until the spectrum model is in place it prints the case overview, saying so.
 */
@Command(name = "assess", description = "Assess a partnership (default: the built-in iran-russia case).")
final class AssessCommand implements Callable<Integer> {

    /** The built-in case assessed when none is named. */
    static final String DEFAULT_CASE = "iran-russia";

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE", description = "A case id or path (default: "
            + DEFAULT_CASE + ").")
    String caseId = DEFAULT_CASE;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
        Workspace ws = root.workspace();
        Case c = ws.load(caseId);
        Overview o = Overview.of(c, ws.countries());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, o);
        } else {
            out.println("Case overview (the scored spectrum assessment is not built yet; "
                    + "this shows the evidence it will weigh).");
            out.println();
            OverviewText.print(o, out);
        }
        return 0;
    }
}
