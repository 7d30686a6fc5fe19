package org.entente.treaty.coding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.model.Obligation;
import org.entente.treaty.clause.Article;
import org.entente.treaty.clause.Numerals;
import org.entente.treaty.clause.Sentence;
import org.entente.treaty.clause.Sentences;
import org.entente.treaty.clause.Structure;

/**
 * Everything the rules find in a treaty, article by article. The preamble is not coded: it
 * states purposes, not obligations. An article that opens "For the purpose of Article 5" (NATO's
 * Article 6, ANZUS's Article V) lends the conditions it states to that article's defence and
 * neutrality findings: it defines the attack they answer, which is no condition of an offensive pledge.
 * The rules read each sentence as written in full: a sub-point with the lead-in it completes
 * ({@link Sentence#reading()}), finding only what the sub-point's own words say.
 *
 * @param subjects    what each article is about
 * @param obligations the obligations found, in text order
 * @param depth       the depth provisions found, in text order
 * @param disclaimers sentences that deny an obligation
 */
public record Codes(List<ArticleSubjects> subjects, List<ObligationFinding> obligations, List<DepthFinding> depth,
                    List<Disclaimer> disclaimers) {

    /** What such an article defines is the attack that sets off help: it qualifies pledges made in answer to an attack. */
    private static final Set<Obligation> LENT_TO = EnumSet.of(Obligation.DEFENCE, Obligation.NEUTRALITY);
    private static final Pattern FOR_PURPOSE = Pattern.compile("(?i)^for the purposes? of article (\\w+)");

    /** Copies the lists. */
    public Codes {
        subjects = List.copyOf(subjects);
        obligations = List.copyOf(obligations);
        depth = List.copyOf(depth);
        disclaimers = List.copyOf(disclaimers);
    }

    /**
     * @param text      the extracted text
     * @param structure its clause tree
     * @return what the rules find in it
     */
    public static Codes of(String text, Structure structure) {
        List<ArticleSubjects> subjects = new ArrayList<>();
        List<ObligationFinding> obligations = new ArrayList<>();
        List<DepthFinding> depth = new ArrayList<>();
        List<Disclaimer> disclaimers = new ArrayList<>();
        for (Article a : structure.articles()) {
            subjects.add(new ArticleSubjects(a.reference(), SubjectLexicon.subjects(a.span().of(text))));
            for (Sentence s : Sentences.of(text, a)) {
                HelpRules.apply(s, obligations::add, disclaimers::add);
                PeaceRules.apply(s, obligations::add);
                DepthRules.apply(s, depth::add);
            }
        }
        return new Codes(subjects, lend(text, structure, obligations), depth, disclaimers);
    }

    private static List<ObligationFinding> lend(String text, Structure structure, List<ObligationFinding> found) {
        List<ObligationFinding> out = new ArrayList<>(found);
        for (Article a : structure.articles()) {
            Matcher m = FOR_PURPOSE.matcher(a.paragraphs().isEmpty() ? "" : a.paragraphs().get(0).span().of(text));
            if (!m.find()) {
                continue;
            }
            int target = Numerals.value(m.group(1));
            List<Condition> lent = Conditions.find(a.span().of(text).replaceAll("\\s+", " "), Conditions.FOR_HELP);
            String ref = structure.articles().stream().filter(x -> x.number() == target && x.part().equals(a.part()))
                    .map(Article::reference).findFirst().orElse("");
            out.replaceAll(f -> f.quote().article().equals(ref) && LENT_TO.contains(f.obligation()) ? f.with(lent) : f);
        }
        return out;
    }
}
