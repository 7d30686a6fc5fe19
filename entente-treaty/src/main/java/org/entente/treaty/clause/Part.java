package org.entente.treaty.clause;

import java.util.List;
import java.util.Objects;

/**
 * The treaty itself, or one of its annexes or protocols.
 *
 * @param kind     what kind of part
 * @param title    its heading as written ("Secret Additional Protocol"); "" for the treaty itself
 * @param articles its articles
 */
public record Part(Kind kind, String title, List<Article> articles) {

    /** Kinds of part. */
    public enum Kind {
        /** the treaty's own articles. */
        TREATY,
        /** an annex, appendix or schedule. */
        ANNEX,
        /** a protocol published with the treaty. */
        PROTOCOL,
        /** a protocol the parties agreed to keep secret. */
        SECRET_PROTOCOL
    }

    /** Copies the list and checks the fields. */
    public Part {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        articles = List.copyOf(articles);
    }

    /**
     * @param heading a part heading as written
     * @return its kind
     */
    static Kind kindOf(String heading) {
        String h = heading.toLowerCase(java.util.Locale.ROOT);
        if (h.contains("secret")) {
            return Kind.SECRET_PROTOCOL;
        }
        return h.contains("protocol") ? Kind.PROTOCOL : Kind.ANNEX;
    }
}
