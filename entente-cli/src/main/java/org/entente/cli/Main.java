package org.entente.cli;

import picocli.CommandLine;

/** Entry point: wires the command tree and exits with its code. */
public final class Main {

    private Main() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** @return the configured command tree, for {@link #main} and for tests */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Entente());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures.Usage());
        return cl;
    }
}
