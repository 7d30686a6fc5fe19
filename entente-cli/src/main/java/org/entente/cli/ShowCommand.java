package org.entente.cli;

import java.util.concurrent.Callable;
import org.entente.model.Case;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code entente show CASE}: a readable overview of one case. */
@Command(name = "show", description = "Show a case: the dyad, latest developments, counts by dimension, "
        + "drivers and limits, treaties.")
final class ShowCommand implements Callable<Integer> {

    @ParentCommand
    Entente root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE", description = "A case id (e.g. iran-russia) or a path.")
    String caseId;

    @Option(names = "--json", description = "Print the overview as JSON.")
    boolean json;

    @Option(names = "--full", description = "With --json: print the whole case, every item.")
    boolean full;

    /**
     * Refuses --full without --json rather than ignoring it: the text overview is for reading, and
     * the whole case as text is the case file itself.
     */
    @Override
    public Integer call() {
        if (full && !json) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--full needs --json: it prints the "
                    + "whole case as JSON; for the whole case as text, read its case.yaml");
        }
        Workspace ws = root.workspace();
        Case c = ws.load(caseId);
        if (json) {
            Json.print(spec.commandLine().getOut(), full ? c : Overview.of(c, ws.countries()));
        } else {
            OverviewText.print(Overview.of(c, ws.countries()), spec.commandLine().getOut());
        }
        return 0;
    }
}
