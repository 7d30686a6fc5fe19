package org.entente.treaty.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the conditions a sentence attaches to its obligations (see {@link Condition.Kind}). */
final class Conditions {

    private static final Map<Condition.Kind, Pattern> PATTERNS = Map.of(
            Condition.Kind.UN_CHARTER_51, Pattern.compile("(?i)article 51[^.;,]{0,40}|right of (?:individual or collective |collective |individual )?self-defen[cs]e"),
            Condition.Kind.ATTACK_ON_TERRITORY, Pattern.compile("(?i)(?:attack|aggression)[^.;]{0,80}?(?:metropolitan )?territor(?:y|ies)|(?:on|against) the (?:metropolitan )?territor(?:y|ies) of [^,;.]{0,50}"),
            Condition.Kind.GEOGRAPHIC_SCOPE, Pattern.compile("\\bin (?:the )?(?:Pacific(?: [Aa]rea)?|Europe(?: or North America)?|North America|North Atlantic area|Far East|Middle East|Caspian(?: region| Sea)?|Asia-Pacific|Korean Peninsula|[A-Z][a-z]+ (?:[Aa]rea|[Rr]egion))|north of the Tropic of Cancer"),
            Condition.Kind.SPECIFIC_ADVERSARY, Pattern.compile("(?:attack(?:ed)?|aggression|belligerent action|war)[^.;]{0,30}? by ((?:the )?[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*)"),
            Condition.Kind.DOMESTIC_PROCEDURE, Pattern.compile("(?i)in accordance with (?:its|their|the)? ?(?:respective )?(?:constitutional|national|domestic|internal) (?:processes|procedures|legislation|laws?|requirements)|(?:and with )?the laws of (?:the|both|each) [^.;]{0,60}"),
            Condition.Kind.AT_REQUEST, Pattern.compile("(?i)at the request of [a-z ]{0,30}|upon (?:the )?request|if (?:either|any|one) of (?:them|the parties) so requests|if any of them so requests"),
            Condition.Kind.STATE_OF_WAR, Pattern.compile("(?i)in a state of war|(?:involved|engaged) in (?:an? )?(?:war|hostilities|armed conflict)(?: (?:with|against) [^,;.]{0,40})?"),
            Condition.Kind.THREAT, Pattern.compile("(?i)[^,;.]{0,60}\\b(?:threat(?:s|ened)?|attack|aggression|crisis|emergency|danger|violation|hostilities|armed conflict)\\b[^,;.]{0,40}"));

    /** The state an offensive pledge is aimed at: "declare war on Gamma", "attack the territory of Gamma", "an offensive against Gamma". */
    private static final Pattern TARGET = Pattern.compile("\\b(?i:war|attack|invade|invasion|offensive|hostilities|military operations?)"
            + "(?: (?:on|against|upon|with))?(?: the territory of)? ((?:the )?[A-Z][A-Za-z]+(?: (?:of )?[A-Z][A-Za-z]+)*)");
    private static final Set<String> NOT_ADVERSARIES = Set.of("The Security Council", "United Nations", "The United Nations", "Security Council");
    /** A party or state in general, not a named one: "the Parties", "State". */
    private static final Pattern GENERIC = Pattern.compile("(?i)(?:the )?(?:high contracting )?(?:part(?:y|ies)|states?|powers?|governments?)");

    private Conditions() {
    }

    /**
     * @param sentence a sentence's text
     * @param kinds    the kinds to look for
     * @return the conditions it states, in the order of {@code kinds}
     */
    static List<Condition> find(String sentence, List<Condition.Kind> kinds) {
        return find(sentence, kinds, PATTERNS.get(Condition.Kind.SPECIFIC_ADVERSARY));
    }

    /**
     * The conditions of an offensive pledge, which are not a defence clause's: no attack on a party
     * sets it off, so neither an attack on territory nor self-defence under Article 51 is one of
     * them, and its adversary is the state it is aimed at, not one that attacks.
     *
     * @param sentence a sentence's text
     * @return the conditions it states, in the order of {@link #FOR_OFFENCE}
     */
    static List<Condition> forOffence(String sentence) {
        return find(sentence, FOR_OFFENCE, TARGET);
    }

    private static List<Condition> find(String sentence, List<Condition.Kind> kinds, Pattern adversary) {
        List<Condition> out = new ArrayList<>();
        for (Condition.Kind k : kinds) {
            Matcher m = (k == Condition.Kind.SPECIFIC_ADVERSARY ? adversary : PATTERNS.get(k)).matcher(sentence);
            if (m.find()) {
                String phrase = k == Condition.Kind.SPECIFIC_ADVERSARY ? m.group(1) : wholeWords(sentence, m.start(), m.end());
                if (k != Condition.Kind.SPECIFIC_ADVERSARY || !NOT_ADVERSARIES.contains(phrase) && !GENERIC.matcher(phrase).matches()) {
                    out.add(new Condition(k, phrase.length() > 100 ? phrase.substring(0, 100).strip() + "..." : phrase.strip()));
                }
            }
        }
        return out;
    }

    /** @return the matched words, less a word cut in two at the start */
    private static String wholeWords(String s, int start, int end) {
        int from = start;
        if (from > 0 && Character.isLetter(s.charAt(from - 1))) {
            int space = s.indexOf(' ', from);
            from = space < 0 || space >= end ? from : space + 1;
        }
        return s.substring(from, end);
    }

    /** The conditions that matter for a pledge of help. */
    static final List<Condition.Kind> FOR_HELP = List.of(Condition.Kind.ATTACK_ON_TERRITORY, Condition.Kind.SPECIFIC_ADVERSARY,
            Condition.Kind.GEOGRAPHIC_SCOPE, Condition.Kind.UN_CHARTER_51, Condition.Kind.DOMESTIC_PROCEDURE,
            Condition.Kind.AT_REQUEST, Condition.Kind.STATE_OF_WAR);

    /** The conditions that matter for a pledge of offence. */
    static final List<Condition.Kind> FOR_OFFENCE = List.of(Condition.Kind.STATE_OF_WAR, Condition.Kind.SPECIFIC_ADVERSARY,
            Condition.Kind.GEOGRAPHIC_SCOPE, Condition.Kind.DOMESTIC_PROCEDURE, Condition.Kind.AT_REQUEST);
}
