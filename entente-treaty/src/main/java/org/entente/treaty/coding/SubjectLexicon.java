package org.entente.treaty.coding;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.entente.model.TreatySubject;

/**
 * What an article is about: one lexicon of word stems per {@link TreatySubject}; an article gets
 * every subject with at least one hit, and {@code general} when none hits (final clauses,
 * definitions). A word counts at the start of a word only, so "war" does not hit "toward".
 */
final class SubjectLexicon {

    private static final Map<TreatySubject, Pattern> LEXICON = new EnumMap<>(TreatySubject.class);

    static {
        put(TreatySubject.SECURITY_DEFENCE, "defen[cs]e|attack|belligeren|aggress|use of force|armed force|military|armed forces|self-defen|war\\b|hostilities|security(?! council)|non-?aggression|neutral");
        put(TreatySubject.MILITARY_TECHNICAL, "military-technical|arms\\b|weapons|armaments|defen[cs]e[- ]industr|military equipment|munitions");
        put(TreatySubject.INTELLIGENCE, "intelligence|security services|special services");
        put(TreatySubject.COUNTER_TERRORISM, "terroris|extremis|organi[sz]ed crime|transnational crime|drug trafficking|money laundering|illegal migration|separatis");
        put(TreatySubject.ECONOMY_TRADE, "trade|commerc|economic|investment|customs|tariff|goods\\b|most-favoured|market");
        put(TreatySubject.FINANCE_SANCTIONS, "currenc|payments?\\b|bank|financ|sanction|coercive measures|monetary");
        put(TreatySubject.ENERGY, "energy|oil\\b|gas\\b|petroleum|electricity|pipeline");
        put(TreatySubject.NUCLEAR, "nuclear|atomic|radioactiv|uranium|mass destruction");
        put(TreatySubject.TRANSPORT, "transport|transit|corridor|railway|shipping|navigation|aviation|air services|air routes|canal|vessels?\\b");
        put(TreatySubject.SCIENCE_TECHNOLOGY, "scien|technolog|research|outer space|artificial intelligence");
        put(TreatySubject.INFORMATION_MEDIA, "information security|mass media|media\\b|press\\b|broadcast|cyber|information and communication");
        put(TreatySubject.CULTURE_EDUCATION_HEALTH, "cultur|educat|health|sport|touris|youth|universit|medic|welfare|sanitar|human rights");
        put(TreatySubject.LEGAL_CONSULAR, "consular|legal assistance|extradit|claims?\\b|jurisdiction|citizens|visas?\\b|immunit|nationals\\b|disciplinary");
        put(TreatySubject.REGIONAL, "caspian|central asia|caucasus|middle east|pacific|north atlantic area|baltic|south-east asia|antarctic|region|korean peninsula");
        put(TreatySubject.MULTILATERAL, "united nations|security council|shanghai cooperation|\\bsco\\b|brics|international organi[sz]ation|multilateral|organization of american states");
    }

    private SubjectLexicon() {
    }

    private static void put(TreatySubject s, String stems) {
        LEXICON.put(s, Pattern.compile("(?i)\\b(?:" + stems + ")"));
    }

    /**
     * @param text an article's text
     * @return its subjects, in vocabulary order; {@code general} alone when nothing hits
     */
    static List<TreatySubject> subjects(String text) {
        List<TreatySubject> out = new ArrayList<>();
        LEXICON.forEach((s, p) -> {
            if (p.matcher(text).find()) {
                out.add(s);
            }
        });
        return out.isEmpty() ? List.of(TreatySubject.GENERAL) : out;
    }
}
