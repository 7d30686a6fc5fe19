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
            System.exit(unwritten(commandLine().execute(args)));
        } catch (OutOfMemoryError e) {
            // not an Exception, so picocli lets it through; a message, not a stack trace
            System.err.println("entente: out of memory (" + e.getMessage() + "); nothing half-written was kept");
            System.err.println("    hint: give Java more heap, e.g. ENTENTE_JAVA_OPTS=-Xmx1g ./entente "
                    + String.join(" ", args));
            System.exit(Failures.FAILURE);
        }
    }

    /**
     * Output the system could not take (a full disk, a closed pipe) is not silently lost: the
     * print streams swallow the error, so it is asked for once the command has run.
     *
     * @param code the command's exit code
     * @return the code, or {@link Failures#FAILURE} when standard output was not written
     */
    static int unwritten(int code) {
        if (code == 0 && System.out.checkError()) {
            System.err.println("entente: the output could not be written in full (the disk is full, or the file or pipe "
                    + "it went to was closed); run the command again with room for its output");
            return Failures.FAILURE;
        }
        return code;
    }

    /** @return the configured command tree, for {@link #main} and for tests */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Entente());
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new Failures.Usage());
        return cl;
    }
}
