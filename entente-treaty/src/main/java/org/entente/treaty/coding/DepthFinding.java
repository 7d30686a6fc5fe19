package org.entente.treaty.coding;

import java.util.Objects;
import org.entente.model.Binding;
import org.entente.model.DepthProvision;
import org.entente.treaty.clause.Quote;

/**
 * A provision that deepens a security commitment (exercises, bases, a standing organisation, ...).
 *
 * @param provision the provision
 * @param binding   how binding its wording is
 * @param cue       the words that name it
 * @param quote     the sentence that contains it
 */
public record DepthFinding(DepthProvision provision, Binding binding, String cue, Quote quote) {

    /** Checks the fields. */
    public DepthFinding {
        Objects.requireNonNull(provision, "provision");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(quote, "quote");
    }
}
