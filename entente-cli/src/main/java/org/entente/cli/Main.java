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
        try {
            System.exit(commandLine().execute(args));
        } catch (OutOfMemoryError e) {
            // not an Exception, so picocli lets it through; a message, not a stack trace
            System.err.println("entente: out of memory (" + e.getMessage() + "); nothing half-written was kept");
            System.err.println("    hint: give Java more heap, e.g. ENTENTE_JAVA_OPTS=-Xmx1g ./entente "
                    + String.join(" ", args));
            System.exit(Failures.FAILURE);
        }
    }

    /** @return the configured command tree, for {@link #main} and for tests */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Entente());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures.Usage());
        return cl;
    }
}
