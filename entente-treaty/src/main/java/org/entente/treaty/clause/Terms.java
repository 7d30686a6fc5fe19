package org.entente.treaty.clause;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A treaty's life-cycle clauses, each as the sentence that states it.
 *
 * @param entryIntoForce when it enters into force
 * @param duration       how long it runs
 * @param years          its term in years, when stated
 * @param indefinite     whether it says it runs without limit
 * @param renewal        how it is extended or renewed
 * @param denunciation   how a party may leave it or end it
 */
public record Terms(Optional<Quote> entryIntoForce, Optional<Quote> duration, OptionalInt years, boolean indefinite,
                    Optional<Quote> renewal, Optional<Quote> denunciation) {

    private static final Pattern ENTRY = Pattern.compile("(?i)enters? into force|come into (?:force|effect)|takes? effect\\b");
    private static final Pattern DURATION = Pattern.compile(
            "(?i)(?:concluded|remain in force|be in force|valid|period of validity)[^.;]{0,20}? for (?:a (?:period|term) of )?(\\w+(?:-\\w+)?) years"
                    + "|remain in force indefinitely|unlimited (?:duration|period)|indefinite (?:period|duration)");
    private static final Pattern RENEWAL = Pattern.compile(
            "(?i)(?:be |shall be |is )?(?:automatically )?(?:extended|renewed|prolonged) (?:automatically )?for|tacit(?:ly)? renew");
    private static final Pattern DENUNCIATION = Pattern.compile(
            "(?i)denounc|denunciation|cease to be a (?:party|member)|withdraw from (?:this|the)|terminate (?:this|the) (?:treaty|agreement)|notice of termination"
                    + "|intention to (?:terminate|denounce|withdraw)|(?:notice|notif\\w*)[^.;]{0,100}?\\bterminat");

    /**
     * @param sentences the sentences of the treaty's own articles
     * @return the life-cycle clauses found among them
     */
    public static Terms of(List<Sentence> sentences) {
        Optional<Sentence> duration = first(sentences, DURATION);
        OptionalInt years = OptionalInt.empty();
        boolean indefinite = false;
        if (duration.isPresent()) {
            Matcher m = DURATION.matcher(duration.get().text());
            if (m.find() && m.group(1) != null && Numerals.value(m.group(1)) > 0) {
                years = OptionalInt.of(Numerals.value(m.group(1)));
            }
            indefinite = years.isEmpty();
        }
        return new Terms(last(sentences, ENTRY).map(Quote::of), duration.map(Quote::of), years, indefinite,
                first(sentences, RENEWAL).map(Quote::of), last(sentences, DENUNCIATION).map(Quote::of));
    }

    /** Final clauses come last: the last mention of entry into force is the rule, earlier ones refer to it. */
    private static Optional<Sentence> last(List<Sentence> sentences, Pattern p) {
        return sentences.stream().filter(s -> p.matcher(s.text()).find()).reduce((x, y) -> y);
    }

    private static Optional<Sentence> first(List<Sentence> sentences, Pattern p) {
        return sentences.stream().filter(s -> p.matcher(s.text()).find()).findFirst();
    }
}
