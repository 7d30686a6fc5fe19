package org.entente.model;

/**
 * An Admiralty (NATO STANAG 2511) grade: how reliable the source is, A (completely reliable)
 * to F (cannot be judged), and how credible the information is, 1 (confirmed) to 6 (cannot be
 * judged). Written as two characters, e.g. {@code B2}.
 *
 * @param source      source reliability, 'A'-'F'
 * @param information information credibility, 1-6
 */
public record Reliability(char source, int information) {

    /** Checks both parts are on their scales. */
    public Reliability {
        if (source < 'A' || source > 'F') {
            throw new IllegalArgumentException("source reliability '" + source + "' is not A-F");
        }
        if (information < 1 || information > 6) {
            throw new IllegalArgumentException("information credibility " + information + " is not 1-6");
        }
    }

    /**
     * @param code two characters such as {@code B2}
     * @return the grade
     * @throws IllegalArgumentException when the code is not a letter A-F followed by a digit 1-6
     */
    public static Reliability parse(String code) {
        if (code.length() != 2 || !Character.isDigit(code.charAt(1))) {
            throw new IllegalArgumentException("'" + code + "' is not an Admiralty code such as B2");
        }
        return new Reliability(code.charAt(0), code.charAt(1) - '0');
    }

    @Override
    public String toString() {
        return "" + source + information;
    }
}
