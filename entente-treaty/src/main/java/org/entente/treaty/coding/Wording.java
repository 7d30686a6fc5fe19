package org.entente.treaty.coding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Binding;

/**
 * How binding a clause's wording is. The verb that governs a finding is the last modal before
 * its cue ("the other shall not provide ...", "will assist", "may consult"), skipping modals that
 * govern something else ("disputes in which they may be involved", "as may be necessary") and the
 * inverted conditional "Should one party ..." (also mid-sentence: "shall, should the other be
 * attacked, come to its aid"); when none stands before the cue, the first one
 * after it counts. Phrases anywhere in the sentence then weaken it: "as appropriate", "so far as
 * possible" and "on the basis of separate agreements" make a binding verb hortatory (nothing is
 * owed until more is agreed), "in accordance with constitutional processes / national
 * legislation", "by mutual agreement" and "at the request of" make it conditional.
 */
final class Wording {

    private static final Pattern MODAL = Pattern.compile("(?i)\\b(shall|will|undertakes?|undertaking|agreed?|agrees|obligates?|obligate themselves|bound|obliged|required|must|hereby|pledges?|would"
            + "|may|might|should|could|strive|strives|endeavou?rs?|seeks?|intends?|hopes?|declares?|recogni[sz]es?|affirms?|reaffirms?)\\b");
    /** "should" opening an inverted condition anywhere in the sentence: "should the other Party be attacked", "should either of them". */
    static final String INVERTED_SHOULD = "\\bshould (?:the|either|any|one|a|an|each|both|it|they|he|she|its|their|such|this|that|these|those)\\b";
    private static final Pattern INVERTED = Pattern.compile("(?i)" + INVERTED_SHOULD);
    private static final Pattern NOT_GOVERNING = Pattern.compile("(?i)(?:which|that|who|as|whatever) (?:may|might|will|would|shall)(?: be)?$|(?:may|might) be$");
    private static final Pattern HORTATORY = Pattern.compile("(?i)as appropriate|where appropriate|so far as possible|as far as possible|to the extent possible|where possible"
            + "|on the basis of (?:separate|specific|additional) (?:agreements?|arrangements?)|by (?:separate|specific) agreements?|in accordance with separate");
    private static final Pattern CONDITIONAL = Pattern.compile("(?i)in accordance with (?:its|their|the)? ?(?:respective )?(?:constitutional|national|domestic|internal) (?:processes|procedures|legislation|laws?|requirements)"
            + "|with the laws of|by mutual (?:agreement|consent)|at the request|upon (?:the )?request|so requests");

    private Wording() {
    }

    /**
     * @param sentence the sentence
     * @param cue      offset of the cue that triggered the finding
     * @return how binding the finding's wording is
     */
    static Binding of(String sentence, int cue) {
        Binding base = governing(sentence, cue);
        if (base == Binding.BINDING || base == Binding.CONDITIONAL) {
            if (HORTATORY.matcher(sentence).find()) {
                return Binding.HORTATORY;
            }
            if (CONDITIONAL.matcher(sentence).find()) {
                return Binding.CONDITIONAL;
            }
        }
        return base;
    }

    private static Binding governing(String sentence, int cue) {
        Matcher m = MODAL.matcher(sentence);
        String before = null;
        String after = null;
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase("should") && (m.start() == 0 || INVERTED.matcher(sentence).region(m.start(), sentence.length()).lookingAt())) {
                continue;
            }
            String upTo = sentence.substring(0, m.end()).stripTrailing();
            String next = sentence.substring(m.end(), Math.min(sentence.length(), m.end() + 3));
            boolean passive = NOT_GOVERNING.matcher(upTo + (next.startsWith(" be") ? " be" : "")).find();
            if (passive) {
                continue;
            }
            if (m.start() < cue) {
                before = m.group(1);
            } else if (after == null) {
                after = m.group(1);
            }
        }
        String modal = before != null ? before : after;
        return modal == null ? Binding.DECLARATORY : of(modal.toLowerCase(java.util.Locale.ROOT));
    }

    private static Binding of(String modal) {
        if (modal.matches("may|might|should|could|strives?|endeavou?rs?|seeks?|intends?|hopes?")) {
            return Binding.HORTATORY;
        }
        if (modal.matches("declares?|recogni[sz]es?|affirms?|reaffirms?")) {
            return Binding.DECLARATORY;
        }
        return Binding.BINDING;
    }
}
