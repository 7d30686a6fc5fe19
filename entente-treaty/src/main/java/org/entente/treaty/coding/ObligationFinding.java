package org.entente.treaty.coding;

import java.util.List;
import java.util.Objects;
import org.entente.model.Binding;
import org.entente.model.Obligation;
import org.entente.treaty.clause.Quote;

/**
 * An obligation in the ATOP typology that a sentence creates.
 *
 * @param obligation the obligation
 * @param binding    how binding its wording is
 * @param conditions the conditions the clause attaches to it
 * @param atop       whether it counts towards the ATOP flag: binding or conditional wording and,
 *                   for consultation, a crisis that sets it off (standing consultation does not count)
 * @param reading    why the rules read it so, in a sentence
 * @param quote      the sentence that triggers it
 */
public record ObligationFinding(Obligation obligation, Binding binding, List<Condition> conditions, boolean atop,
                                String reading, Quote quote) {

    /** Copies the list and checks the fields. */
    public ObligationFinding {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(quote, "quote");
        conditions = List.copyOf(conditions);
    }

    /**
     * @param more conditions stated elsewhere (an article that defines this one's terms)
     * @return this finding with the extra conditions added
     */
    public ObligationFinding with(List<Condition> more) {
        List<Condition> all = new java.util.ArrayList<>(conditions);
        more.stream().filter(c -> all.stream().noneMatch(x -> x.kind() == c.kind())).forEach(all::add);
        return new ObligationFinding(obligation, binding, all, atop, reading, quote);
    }
}
