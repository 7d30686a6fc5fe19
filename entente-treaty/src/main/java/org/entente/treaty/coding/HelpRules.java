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
 * The rules for pledges of help in a conflict: defence, offence, neutrality, and denials of
 * defence. A pledge needs a contingency (an attack on a party, or a war a party is in) and a
 * verb of help. What decides the obligation is who is helped and whether the help is negated:
 * <ul>
 * <li>help, not negated, for the attacked party: defence ("will assist the Party so attacked");</li>
 * <li>help, not negated, in a war that is not described as an attack on a party: offence;</li>
 * <li>a pledge to declare or wage war, or to attack or invade a state, not negated and not aimed at
 *     the aggressor: offence ("shall jointly attack the territory of ...");</li>
 * <li>help negated and aimed at the attacker or a third power: neutrality ("shall not provide any
 *     assistance to the aggressor", "shall in no manner lend its support to this third Power");</li>
 * <li>help negated without the attacker as its object: a disclaimer of defence, not a pledge;</li>
 * <li>force pledged against the attacker after an attack on a party: defence, since it answers the attack
 *     ("If either Party is attacked, the other shall attack the aggressor", "shall take military action
 *     against the aggressor").</li>
 * </ul>
 * Help refused to "the aggressor" or "the attacker" is neutrality even with no contingency stated:
 * the word itself says there is an attack.
 */
final class HelpRules {

    private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\bif\\b|^should\\b|" + Wording.INVERTED_SHOULD + "|in the event|in case|\\bwhen(?:ever)?\\b|occurs|so attacked|victim of|object of|comes? under|suffers?|subjected to");
    private static final Pattern ATTACK = Pattern.compile("(?i)armed attack|\\battack(?:ed|s)?\\b|aggression|belligerent action|act of war");
    private static final Pattern ATTACK_ON_PARTY = Pattern.compile("(?i)(?:attack|aggression)[^.;]{0,60}?(?:on|against|upon) (?:any|one|either|each|both|all|the other)\\b");
    private static final Pattern WAR = Pattern.compile("(?i)(?:involved|engaged) in (?:a )?(?:war|hostilities|armed conflict)|(?:war|hostilities) (?:with|against) (?:a |any )?(?:third|other)|state of war");
    private static final Pattern HELP = Pattern.compile("(?i)\\b(?:assist(?:ance|s|ed|ing)?|aid(?:s|ed|ing)?|support(?:s|ed|ing)?|help(?:s|ed|ing)?|come to (?:the|its|their|his) (?:aid|assistance|defen[cs]e)|act to meet the common danger|defend)\\b");
    private static final Pattern NOT_HELP = Pattern.compile("(?i)^\\s*(?:to |in )?(?:settl|resolv|find|achiev|promot|develop|overcom|eliminat|remov|restor|the settlement|the peaceful|a peaceful)");
    private static final Pattern AGGRESSOR = Pattern.compile("(?i)aggressor|attacker|attacking|third (?:power|state|party|country|countries|states|parties|powers)|(?:state|power|party) (?:which|that) (?:has )?(?:attack|commit)");
    /** Whoever attacks, named as such: helping them is only ever refused as neutrality, so no "if attacked" is needed. */
    private static final Pattern ATTACKER = Pattern.compile("(?i)\\b(?:aggressors?|attackers?|attacking (?:state|power|party|country|side)s?)\\b"
            + "|(?:state|power|party|country) (?:which|that|who) (?:has )?(?:attack|commit(?:s|ted)? (?:an )?(?:act of )?aggression)");
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|no|never|neither|nor|cannot|refrain|desist|abstain|without)\\b");
    private static final Pattern NEUTRAL = Pattern.compile("(?i)(?:remain|be|stay) neutral|observe (?:strict )?neutrality|maintain (?:a (?:position|policy) of )?neutrality");
    private static final Pattern OFFENSIVE = Pattern.compile("(?i)(?:declare|make|wage) war|enter (?:into )?(?:the )?war|(?:participate|take part|join) in (?:the |a |joint )?(?:war|hostilities|military operations|offensive)");

    /** A pledge to attack, itself: "shall jointly attack the territory of ...", "undertake to launch a joint offensive". */
    private static final Pattern ASSAULT = Pattern.compile("(?i)\\b(?:shall|will|undertakes? to|agrees? to)\\s+(?:jointly |together |collectively |in concert )?"
            + "(?:attack|invade|(?:launch|carry out|conduct|undertake) (?:an? )?(?:joint )?(?:attack|offensive|invasion|military operations? against))\\b");

    /**
     * A pledge of force, itself: "shall attack", "will take military action", "shall wage war on". It is defence only
     * when aimed at the attacker ({@link #ATTACKER} just after it) in a sentence with an attack on a party.
     */
    private static final Pattern FORCE = Pattern.compile("(?i)\\b(?:shall|will|would|must|may|might|should|could|undertakes? to|agrees? to|pledges? to"
            + "|(?:is|are) (?:obliged|bound|required) to)\\s+(?:\\w+\\s+){0,3}?(attack|strike|invade|fight|repel|(?:declare|wage|make) war"
            + "|(?:take|undertake|launch|carry out|conduct) (?:\\w+ ){0,2}?(?:military|armed|combat) (?:action|measures|operations?)"
            + "|(?:use|employ) (?:\\w+ ){0,2}?(?:military|armed) force|(?:participate|take part|join|engage) in (?:the |a |joint )?(?:war|hostilities|military operations|fighting))\\b");

    private HelpRules() {
    }

    static void apply(Sentence s, Consumer<ObligationFinding> findings, Consumer<Disclaimer> disclaimers) {
        String t = s.reading();
        boolean attack = ATTACK_ON_PARTY.matcher(t).find() || CONDITIONAL.matcher(t).find() && ATTACK.matcher(t).find();
        boolean war = CONDITIONAL.matcher(t).find() && WAR.matcher(t).find();
        offensive(s, attack, findings);
        Matcher n = NEUTRAL.matcher(t);
        if ((attack || war) && s.findOwn(n) && !negated(t, n.start())) {
            findings.accept(finding(s, Obligation.NEUTRALITY, n.start(), "pledges to stay neutral if the other party is at war"));
        }
        Matcher h = HELP.matcher(t);
        while (s.findOwn(h)) {
            if (help(s, h, attack, war, findings, disclaimers)) {
                return;
            }
        }
        if (attack) {
            forceAgainstAttacker(s, findings);
        }
    }

    /** Defence worded as force, not help: after an attack on a party, "the other shall attack the aggressor". */
    private static void forceAgainstAttacker(Sentence s, Consumer<ObligationFinding> findings) {
        String t = s.reading();
        Matcher f = FORCE.matcher(t);
        while (s.findOwn(f)) {
            if (atAttacker(t, f.end()) && !negated(t, f.start(1))) {
                findings.accept(finding(s, Obligation.DEFENCE, f.start(1), "pledges force against whoever attacks a party: defence"));
                return;
            }
        }
    }

    /** @return whether the attacker ("the aggressor", "the attacking state") is named in the 60 characters after {@code from} */
    private static boolean atAttacker(String t, int from) {
        return ATTACKER.matcher(t.substring(from, Math.min(t.length(), from + 60))).find();
    }

    /**
     * Reads one verb of help. With no attack on a party or war stated, only help refused to the
     * aggressor or attacker itself counts ("shall not provide assistance to the aggressor"): the
     * word says there is an attack, where "third States" alone does not.
     *
     * @return whether it settled the sentence (a finding or a disclaimer)
     */
    private static boolean help(Sentence s, Matcher h, boolean attack, boolean war, Consumer<ObligationFinding> findings,
                                Consumer<Disclaimer> disclaimers) {
        String t = s.reading();
        String after = t.substring(h.end(), Math.min(t.length(), h.end() + 100));
        if (NOT_HELP.matcher(after).find()) {
            return false;
        }
        boolean contingent = attack || war;
        boolean negated = negated(t, h.start());
        boolean toAggressor = contingent ? AGGRESSOR.matcher(after).find()
                || AGGRESSOR.matcher(t.substring(clauseStart(t, h.start()), h.start())).find() : ATTACKER.matcher(after).find();
        if (negated && toAggressor) {
            findings.accept(finding(s, Obligation.NEUTRALITY, h.start(), contingent
                    ? "pledges not to help whoever attacks the other party: neutrality, no duty to help the victim"
                    : "pledges not to help an aggressor: neutrality, no duty to help the victim"));
        } else if (!contingent) {
            return false;
        } else if (negated) {
            disclaimers.accept(new Disclaimer(Obligation.DEFENCE, Quote.of(s)));
        } else if (!toAggressor) {
            boolean offence = war && !attack;
            findings.accept(finding(s, offence ? Obligation.OFFENCE : Obligation.DEFENCE, h.start(), offence
                    ? "pledges help in a war the other party is in, whoever started it" : "pledges help to a party that is attacked"));
        }
        return negated || !toAggressor;
    }

    /** Offence worded as war or assault; when an attack on a party is the contingency, war on the attacker is defence instead. */
    private static void offensive(Sentence s, boolean attack, Consumer<ObligationFinding> findings) {
        String t = s.reading();
        Matcher o = OFFENSIVE.matcher(t);
        if (s.findOwn(o) && !negated(t, o.start()) && !(attack && atAttacker(t, o.end()))) {
            findings.accept(finding(s, Obligation.OFFENCE, o.start(), "pledges to join in war or hostilities"));
            return;
        }
        // attacking the aggressor is the answer to an attack, not a war of the parties' choosing
        Matcher a = ASSAULT.matcher(t);
        if (s.findOwn(a) && !negated(t, a.start()) && !atAttacker(t, a.end())) {
            findings.accept(finding(s, Obligation.OFFENCE, a.start(), "pledges to attack a state together, not in answer to an attack on a party"));
        }
    }

    /** @return whether a negation stands between the start of the cue's clause (last comma, semicolon or colon) and the cue */
    static boolean negated(String t, int cue) {
        return NEGATION.matcher(t.substring(clauseStart(t, cue), cue)).find();
    }

    /** @return where the clause holding the cue starts: after the last comma, semicolon or colon, at most 60 characters back */
    private static int clauseStart(String t, int cue) {
        int from = Math.max(Math.max(t.lastIndexOf(',', cue - 1), t.lastIndexOf(';', cue - 1)), t.lastIndexOf(':', cue - 1));
        return Math.max(0, Math.max(from + 1, cue - 60));
    }

    private static ObligationFinding finding(Sentence s, Obligation o, int cue, String reading) {
        Binding b = Wording.of(s.reading(), cue);
        boolean atop = b == Binding.BINDING || b == Binding.CONDITIONAL;
        List<Condition> conditions = o == Obligation.OFFENCE ? Conditions.forOffence(s.reading()) : Conditions.find(s.reading(), Conditions.FOR_HELP);
        return new ObligationFinding(o, b, conditions, atop, reading, Quote.of(s));
    }
}
