package org.entente.treaty;

/**
 * A treaty file that cannot be read as a treaty: empty, binary, too large, a PDF without a text
 * layer, or a text in which no article can be found. Carries the file name and a hint, and says
 * both in its message, so that a caller can print the message alone.
 */
public final class TreatyTextException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String problem;
    private final String hint;

    /**
     * @param file    the file (or name) that was read
     * @param problem what is wrong with it
     * @param hint    what the user can do about it
     */
    public TreatyTextException(String file, String problem, String hint) {
        super(file + ": " + problem + "\n    hint: " + hint);
        this.file = file;
        this.problem = problem;
        this.hint = hint;
    }

    /** @return the file (or name) that was read */
    public String file() {
        return file;
    }

    /** @return what is wrong with it, without the file's name */
    public String problem() {
        return problem;
    }

    /** @return what the user can do about it */
    public String hint() {
        return hint;
    }
}
