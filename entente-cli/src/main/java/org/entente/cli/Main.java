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
        Stdout stdout = Stdout.install();
        try {
            System.exit(unwritten(commandLine().execute(args), stdout));
        } catch (OutOfMemoryError e) {
            // not an Exception, so picocli lets it through; a message, not a stack trace
            System.err.println("entente: out of memory (" + e.getMessage() + "); nothing half-written was kept");
            System.err.println("    hint: give Java more heap, e.g. ENTENTE_JAVA_OPTS=-Xmx1g ./entente "
                    + String.join(" ", args));
            System.exit(Failures.FAILURE);
        }
    }

    /**
     * Output the system could not take (a full disk, a closed file) is not silently lost: the
     * print streams swallow the error, so it is asked for once the command has run. A reader
     * that stopped reading (as {@code | head} does) is no failure: the output it wanted was written.
     *
     * @param code   the command's exit code
     * @param stdout standard output as installed by {@link Stdout#install}
     * @return the code, or {@link Failures#FAILURE} when standard output was not written
     */
    static int unwritten(int code, Stdout stdout) {
        System.out.flush();
        if (code == 0 && System.out.checkError() && !stdout.readerLeft()) {
            System.err.println("entente: the output could not be written in full (" + stdout.failure()
                    + "); run the command again with room for its output");
            return Failures.FAILURE;
        }
        return code;
    }

    /** Standard output, remembering why a write to it failed (print streams keep only that one did). */
    static final class Stdout extends java.io.FilterOutputStream {
        private volatile String failure;

        private Stdout(java.io.OutputStream out) {
            super(out);
        }

        /** @return the stream now behind {@code System.out}, in the encoding {@code System.out} had */
        static Stdout install() {
            Stdout s = new Stdout(new java.io.FileOutputStream(java.io.FileDescriptor.out));
            String enc = System.getProperty("sun.stdout.encoding");   // set for a console, as System.out does
            java.nio.charset.Charset cs = enc == null ? java.nio.charset.Charset.defaultCharset()
                    : java.nio.charset.Charset.forName(enc);
            System.setOut(new java.io.PrintStream(new java.io.BufferedOutputStream(s, 1 << 13), true, cs));
            return s;
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            try {
                out.write(b, off, len);
            } catch (java.io.IOException e) {
                failure = failure == null ? String.valueOf(e.getMessage()) : failure;
                throw e;
            }
        }

        @Override
        public void write(int b) throws java.io.IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        /** @return whether the write failed because the reader had gone (a closed pipe) */
        boolean readerLeft() {
            return failure != null && failure.contains("Broken pipe");
        }

        /** @return the system's reason for the failed write, e.g. "No space left on device" */
        String failure() {
            return failure == null ? "the system gave no reason" : failure;
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
