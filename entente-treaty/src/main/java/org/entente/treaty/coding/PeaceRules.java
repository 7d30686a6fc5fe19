package org.entente.treaty.coding;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Binding;
import org.entente.model.Obligation;
import org.entente.treaty.clause.Quote;
import org.entente.treaty.clause.Sentence;

/**
 * The rules for non-aggression and consultation. Non-aggression is a promise not to use force
 * against each other, so its patterns carry their own negation ("refrain from the threat or use
 * of force", "desist from any act of violence", "not allow its territory to be used for
 * aggression against the other"). "Refrain from assisting a state that attacks the other" is not
 * non-aggression: what is refrained from is help to an attacker (neutrality, see {@link HelpRules}).
 * Consultation counts for ATOP only when a crisis sets it off
 * ("whenever ... security ... is threatened"); standing consultation on common interests is
 * recorded but does not count, following the ATOP codebook.
 */
final class PeaceRules {

    private static final Pattern NON_AGGRESSION = Pattern.compile("(?i)refrain[^.;]{0,80}?from (?:the )?(?:threat or )?use of (?:armed )?force"
            + "|(?:not|never) (?:to )?(?:resort to|use) (?:the )?(?:threat of )?(?:force|arms|armed force)"
            + "|desist from any (?:act of )?(?:violence|aggressi)|(?:not|never) (?:to )?(?:attack|commit (?:any )?(?:act of )?aggression)"
            + "|(?:not|never) (?:to )?(?:participate|take part|engage) in (?:any )?(?:hostilities|war|military action|aggression)[^.;]{0,40}?against (?:each other|one another|the other)"
            + "|non-?aggression|(?:refrain|abstain) from(?:(?!\\b(?:assist|aid|help|support|lend))[^.;]){0,40}?(?:aggressi|hostile acts?|attacks?\\b)"
            + "|(?:not|neither)[^.;]{0,40}?(?:allow|permit)[^.;]{0,30}?territor(?:y|ies)[^.;]{0,40}?(?:to be used|use)[^.;]{0,80}?(?:aggression|hostile|against (?:the other|each other))");
    private static final Pattern CONSULT = Pattern.compile("(?i)\\bconsult(?:s|ed|ing)?\\b|\\bconsultations?\\b|exchange (?:of )?(?:views|opinions)"
            + "|coordinate (?:their )?positions|maintain (?:continual|regular|close|permanent) contact");
    private static final Pattern REVIEW = Pattern.compile("(?i)review(?:ing)? (?:the|this) (?:treaty|agreement)|amend");

    private PeaceRules() {
    }

    static void apply(Sentence s, Consumer<ObligationFinding> findings) {
        String t = s.reading();
        Matcher m = NON_AGGRESSION.matcher(t);
        if (s.findOwn(m)) {
            Binding b = Wording.of(t, m.start());
            findings.accept(new ObligationFinding(Obligation.NON_AGGRESSION, b, List.of(), counts(b),
                    "promises not to use force against the other", Quote.of(s)));
        }
        Matcher c = CONSULT.matcher(t);
        if (s.findOwn(c) && !HelpRules.negated(t, c.start())) {
            Binding b = Wording.of(t, c.start());
            List<Condition> threat = REVIEW.matcher(t).find() ? List.of() : Conditions.find(t, List.of(Condition.Kind.THREAT));
            boolean crisis = !threat.isEmpty();
            findings.accept(new ObligationFinding(Obligation.CONSULTATION, b, threat, crisis && counts(b), crisis
                    ? "pledges consultation when a party's security is threatened"
                    : "standing consultation with no crisis that sets it off (not ATOP consultation)", Quote.of(s)));
        }
    }

    private static boolean counts(Binding b) {
        return b == Binding.BINDING || b == Binding.CONDITIONAL;
    }
}
