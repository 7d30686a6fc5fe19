package org.entente.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * Runs the real command tree in-process with captured output, the way picocli's own tests do,
 * against the project's built-in cases.
 *
 * @param code the exit code
 * @param out  what went to standard output
 * @param err  what went to standard error
 */
record Run(int code, String out, String err) {

    /** The project's case library, seen from this module's folder. */
    static final String CASES = "../cases";

    static Run entente(String... args) {
        return in(CASES, args);
    }

    /** Runs against another case library. */
    static Run in(String cases, String... args) {
        List<String> all = new ArrayList<>(List.of("--cases", cases));
        all.addAll(Arrays.asList(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }
}
