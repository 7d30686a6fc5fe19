package org.entente.cli;

import java.io.PrintWriter;
import org.entente.casefile.CaseFileException;
import org.entente.casefile.CaseNotFoundException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps what went wrong to a message and an exit code: bad input (an invalid case, an unknown
 * case) to 2, anything else to 1. No stack trace reaches the user unless ENTENTE_DEBUG is set.
 */
final class Failures implements IExecutionExceptionHandler {

    /** Exit code for bad usage or bad input. */
    static final int BAD_INPUT = 2;
    /** Exit code for a failure that is not the input's fault. */
    static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof CaseFileException c) {
            c.diagnostics().forEach(d -> err.println(d.format()));
            err.println("entente: " + c.diagnostics().size() + " problem(s); fix them and run again "
                    + "(entente validate PATH lists them all)");
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof CaseNotFoundException n) {
            err.println("entente: " + n.getMessage());
            err.println("    hint: " + n.hint());
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof org.entente.reference.UnknownCountryException u) {
            err.println("entente: " + u.getMessage());
            err.println("    hint: " + (u.candidates().isEmpty() ? "give an ISO alpha-3 code such as IRN"
                    : "did you mean " + String.join(", ", u.candidates()) + "?"));
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof org.entente.reference.data.BundleException d) {
            err.println("entente: " + d.getMessage());
            err.flush();
            return FAILURE;
        }
        if (e instanceof org.entente.spectrum.SpectrumConfig.ConfigException x) {
            err.println("entente: " + x.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof org.entente.ledger.Ledger.LedgerException x) {
            err.println("entente: " + x.getMessage());
            err.flush();
            return x.badInput() ? BAD_INPUT : FAILURE;
        }
        if (e instanceof org.entente.events.EventsException x) {
            err.println("entente: " + x.getMessage());   // the store or file and what to do; nothing half-written
            err.flush();
            return x.badInput() ? BAD_INPUT : FAILURE;
        }
        if (e instanceof FailedException f) {
            err.println("entente: " + f.getMessage());
            err.flush();
            return FAILURE;
        }
        if (e instanceof org.entente.spectrum.NoDataException n) {
            err.println("entente: " + n.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof BadInputException b) {
            err.println("entente: " + b.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        // not an error Entente knows how to explain: a bug. The message, not the exception's class.
        String message = e.getMessage() == null || e.getMessage().isBlank() ? "no details given" : e.getMessage();
        err.println("entente: failed unexpectedly: " + message);
        if (System.getenv("ENTENTE_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("    hint: this is a bug in Entente; run again with ENTENTE_DEBUG=1 to see where it "
                    + "happened, and report it with that output");
        }
        err.flush();
        return FAILURE;
    }

    /** Reports bad usage with the command's usage line, exit code 2. */
    static final class Usage implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cl = ex.getCommandLine();
            PrintWriter err = cl.getErr();
            err.println("entente: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("    hint: see '" + cl.getCommandSpec().qualifiedName() + " --help'");
            }
            err.flush();
            return BAD_INPUT;
        }
    }

    /** A failure that is not the input's fault and not a bug (a full disk, say): exit 1, its message alone. */
    static final class FailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Bad input that is not a case file, e.g. an option value out of range. */
    static final class BadInputException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadInputException(String message) {
            super(message);
        }
    }
}
