package org.entente.treaty.coding;

import java.util.Objects;
import org.entente.model.Obligation;
import org.entente.treaty.clause.Quote;

/**
 * A sentence that expressly denies an obligation ("nothing in this Treaty obliges a Party to
 * assist ..."): evidence that its absence is deliberate.
 *
 * @param obligation the obligation denied
 * @param quote      the sentence that denies it
 */
public record Disclaimer(Obligation obligation, Quote quote) {

    /** Checks the fields. */
    public Disclaimer {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(quote, "quote");
    }
}
