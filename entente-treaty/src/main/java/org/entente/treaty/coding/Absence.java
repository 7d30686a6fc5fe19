package org.entente.treaty.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.entente.model.Obligation;
import org.entente.model.TreatySubject;
import org.entente.treaty.clause.Quote;

/**
 * An obligation a security treaty conspicuously lacks, with a sentence that denies it when there is one.
 *
 * @param obligation the missing obligation
 * @param note       why its absence matters
 * @param disclaimer the sentence that expressly denies it, if any
 */
public record Absence(Obligation obligation, String note, Optional<Quote> disclaimer) {

    /** Checks the fields. */
    public Absence {
        Objects.requireNonNull(obligation, "obligation");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(disclaimer, "disclaimer");
    }

    /**
     * Lists what is missing. Absence is only conspicuous in a treaty that deals with security at
     * all (it has an obligation or an article on security and defence); a trade agreement lacks
     * a defence clause unremarkably.
     *
     * @param codes what the rules found
     * @param atop  the flags
     * @return the conspicuous absences, most important first
     */
    public static List<Absence> of(Codes codes, Atop atop) {
        boolean security = codes.obligations().stream().anyMatch(f -> f.obligation() != Obligation.CONSULTATION || f.atop())
                || codes.subjects().stream()
                .anyMatch(s -> s.subjects().contains(TreatySubject.SECURITY_DEFENCE));
        List<Absence> out = new ArrayList<>();
        if (!security) {
            return out;
        }
        Optional<Quote> denial = codes.disclaimers().stream().filter(d -> d.obligation() == Obligation.DEFENCE)
                .map(Disclaimer::quote).findFirst();
        if (!atop.defense()) {
            out.add(new Absence(Obligation.DEFENCE, atop.neutrality()
                    ? "no duty to assist the victim of an attack: the treaty pledges only not to help the aggressor"
                    : "no duty to assist the victim of an attack", denial));
        }
        if (!atop.offense()) {
            out.add(new Absence(Obligation.OFFENCE, "no pledge to join the other in a war it is waging", Optional.empty()));
        }
        if ((atop.defense() || atop.neutrality()) && !atop.consultation()) {
            out.add(new Absence(Obligation.CONSULTATION, "no duty to consult when a party is threatened", Optional.empty()));
        }
        return out;
    }
}
