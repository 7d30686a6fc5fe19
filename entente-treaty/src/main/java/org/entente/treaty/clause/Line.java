package org.entente.treaty.clause;

/**
 * One line of the text as the {@link Scanner} classified it.
 *
 * @param kind      what the line is
 * @param start     offset of its first character
 * @param end       offset just past its last character
 * @param label     the number or name it carries (article number, paragraph label, part title), or ""
 * @param value     the article number's value, or -1
 * @param bodyStart offset where its running text starts (after a heading or label), or {@code end}
 */
record Line(Kind kind, int start, int end, String label, int value, int bodyStart) {

    /** The kinds of line. */
    enum Kind {
        /** empty or white space. */
        BLANK,
        /** "Article 5", "ARTICLE V", "Art. 5", "Article One", perhaps with a title or the article's first words. */
        ARTICLE,
        /** a bare number on its own line: "1", "IV." */
        BARE_NUMBER,
        /** a line that opens with a paragraph label: "1. The Parties", "(a) to", "b)To". */
        NUMBERED,
        /** an annex, protocol or secret protocol heading. */
        PART,
        /** "CHAPTER III", or a short line in capitals such as "SECURITY AND DEFENCE". */
        SECTION,
        /** the closing formula: "IN WITNESS WHEREOF", "Done at ...", "Moscow, August 23, 1939." */
        CLOSING,
        /** an editorial note wholly in square brackets. */
        NOTE,
        /** running text. */
        TEXT
    }

    /** @return whether this line starts a new top-level division (article, part, closing) */
    boolean divides() {
        return kind == Kind.ARTICLE || kind == Kind.PART || kind == Kind.CLOSING;
    }
}
