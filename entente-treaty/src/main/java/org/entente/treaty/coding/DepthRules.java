package org.entente.treaty.coding;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.DepthProvision;
import org.entente.treaty.clause.Quote;
import org.entente.treaty.clause.Sentence;

/**
 * Cue phrases for the depth provisions (after ATOP's depth items and Benson and Clinton 2016).
 * A cue that a negation governs ("to refrain from permitting ... foreign military bases") is not
 * a provision: it is the opposite of one.
 */
final class DepthRules {

    private static final Map<DepthProvision, Pattern> CUES = new LinkedHashMap<>();
    /** A negation or prohibition up to 120 characters before the cue, across commas ("prohibited, inter alia, ... military bases"). */
    private static final Pattern NEGATED = Pattern.compile("(?i)\\b(?:not|no|never|neither|nor|without|refrain\\w*|prohibit\\w*|forbid\\w*|prevent\\w*)\\b");

    /** A point that opens with a refusal ("To refrain from ...", "Not to ..."), itself or by its lead-in ("Neither Party shall:"). */
    private static final Pattern REFUSED = Pattern.compile("(?is)(?:to refrain|not to|neither)\\b.*");

    static {
        CUES.put(DepthProvision.MILITARY_CONTACT, Pattern.compile("(?i)military (?:contacts?|cooperation|co-operation|delegations?)|exchange of military|port calls?|training of (?:military )?personnel|defen[cs]e cooperation|military-to-military"));
        CUES.put(DepthProvision.JOINT_EXERCISES, Pattern.compile("(?i)joint (?:military )?(?:exercises|manoeuvres|maneuvers|drills)"));
        CUES.put(DepthProvision.BASES_TRANSIT, Pattern.compile("(?i)military bases|\\bbases\\b|station(?:ing|ed)? (?:of )?(?:troops|(?:armed |military )?forces)|transit of (?:troops|military|armed forces)|access to (?:its )?(?:ports|airfields|military facilities)"));
        CUES.put(DepthProvision.INTEGRATED_COMMAND, Pattern.compile("(?i)(?:joint|integrated|unified|combined) (?:military )?command|under (?:a )?single command"));
        CUES.put(DepthProvision.ARMS_AID, Pattern.compile("(?i)military-technical|supply of (?:arms|weapons|military equipment)|arms (?:transfers|supplies|deliveries)|defen[cs]e[- ]industr|military equipment|armaments"));
        CUES.put(DepthProvision.INTELLIGENCE_SHARING, Pattern.compile("(?i)intelligence|security services|special services"));
        CUES.put(DepthProvision.ECONOMIC_AID, Pattern.compile("(?i)economic (?:aid|assistance)|financial (?:aid|assistance)|development assistance|\\bloans?\\b|grants-in-aid"));
        CUES.put(DepthProvision.ORGANISATION, Pattern.compile("(?i)(?:hereby )?(?:establish(?:es|ed)?|set up) (?:a |an )?(?:\\w+ ){0,2}(?:council|committee|commission|secretariat|organi[sz]ation|joint body|mechanisms?)"));
    }

    private DepthRules() {
    }

    static void apply(Sentence s, Consumer<DepthFinding> findings) {
        String t = s.reading();
        boolean refused = REFUSED.matcher(s.text()).matches() || REFUSED.matcher(t).matches();
        for (Map.Entry<DepthProvision, Pattern> e : CUES.entrySet()) {
            Matcher m = e.getValue().matcher(t);
            if (s.findOwn(m) && !refused && !NEGATED.matcher(t.substring(Math.max(0, m.start() - 120), m.start())).find()) {
                findings.accept(new DepthFinding(e.getKey(), Wording.of(t, m.start()), m.group(), Quote.of(s)));
            }
        }
    }
}
