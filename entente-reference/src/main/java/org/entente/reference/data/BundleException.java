package org.entente.reference.data;

/** A bundled data file is missing, truncated, corrupt or malformed; names the file and line. */
public final class BundleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param file    the bundled file
     * @param line    the line (1-based), or 0 when the problem is not on one line
     * @param message what is wrong
     */
    public BundleException(String file, long line, String message) {
        super(file + (line > 0 ? ":" + line : "") + ": " + message
                + " (the bundled data is damaged; rebuild Entente from a clean checkout, or regenerate it with tools/bundle-data.py)");
    }

    /**
     * @param file    the bundled file
     * @param message what is wrong
     * @param cause   the underlying failure
     */
    public BundleException(String file, String message, Throwable cause) {
        super(file + ": " + message + " (the bundled data is damaged; rebuild Entente from a clean checkout)", cause);
    }
}
