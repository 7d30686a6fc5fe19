package org.entente.casefile;

/** Thrown when a case id or path names no case; carries a hint on what to give instead. */
public final class CaseNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String hint;

    /**
     * @param message what was not found
     * @param hint    what to do instead
     */
    public CaseNotFoundException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** @return what to do instead */
    public String hint() {
        return hint;
    }
}
