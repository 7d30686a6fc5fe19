package org.entente.treaty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.entente.model.Binding;
import org.entente.model.Confidence;
import org.entente.model.DepthProvision;
import org.entente.model.Obligation;
import org.entente.model.Treaty;
import org.entente.treaty.clause.Particulars;
import org.entente.treaty.clause.Structure;
import org.entente.treaty.clause.Terms;
import org.entente.treaty.coding.Absence;
import org.entente.treaty.coding.ArticleSubjects;
import org.entente.treaty.coding.Atop;
import org.entente.treaty.coding.Commitment;
import org.entente.treaty.coding.DepthFinding;
import org.entente.treaty.coding.ObligationFinding;
import org.entente.treaty.text.ExtractedText;

/**
 * A treaty coded from its text: structure, subjects, obligations and depth provisions each with
 * the clause behind it, the ATOP flags, the commitment level and what is conspicuously absent.
 *
 * @param file        the file name
 * @param format      the format it was read as
 * @param characters  the length of the extracted text, which all offsets point into
 * @param particulars title, parties, signing date and place
 * @param terms       entry into force, duration, renewal, denunciation
 * @param structure   the clause tree
 * @param subjects    what each article is about
 * @param obligations the obligations found, in text order
 * @param depth       the depth provisions found, in text order
 * @param atop        the ATOP-style flags
 * @param commitment  the commitment level on the spectrum model's scale
 * @param absent      the obligations conspicuously absent
 * @param warnings    what was lost in reading the text (the pages of a damaged PDF that gave no text), or none
 */
public record TreatyCoding(String file, ExtractedText.Format format, int characters, Particulars particulars, Terms terms,
                           Structure structure, List<ArticleSubjects> subjects, List<ObligationFinding> obligations,
                           List<DepthFinding> depth, Atop atop, Commitment commitment, List<Absence> absent,
                           List<String> warnings) {

    /** Copies the lists and checks the fields. */
    public TreatyCoding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(structure, "structure");
        subjects = List.copyOf(subjects);
        obligations = List.copyOf(obligations);
        depth = List.copyOf(depth);
        absent = List.copyOf(absent);
        warnings = List.copyOf(warnings);
    }

    /**
     * The coding in the form case files keep and the spectrum model reads: one entry per
     * paragraph with a finding (its strongest obligation, depth provisions beside it) and one per
     * article without any (obligation none). Standing consultation is entered as none, since it
     * does not count as ATOP consultation. Machine coding is marked unconfirmed.
     *
     * @param idPrefix prefix of the entries' ids, e.g. "cspt-2025"
     * @param sources  ids of the sources the coding rests on (the treaty text)
     * @return the per-article coding
     */
    public List<Treaty.ArticleCoding> articleCodings(String idPrefix, List<String> sources) {
        List<Treaty.ArticleCoding> out = new ArrayList<>();
        for (ArticleSubjects a : subjects) {
            List<String> cites = citesIn(a.article());
            for (String cite : cites) {
                out.add(entry(idPrefix, a, cite, sources));
            }
            if (cites.isEmpty()) {
                out.add(new Treaty.ArticleCoding(id(idPrefix, a.article()), number(a.article()), a.subjects(), Obligation.NONE,
                        Binding.DECLARATORY, List.of(), a.article() + ": no obligation found", Confidence.UNCONFIRMED, sources));
            }
        }
        return out;
    }

    private List<String> citesIn(String article) {
        List<String> cites = new ArrayList<>();
        obligations.stream().filter(f -> f.quote().article().equals(article)).map(f -> f.quote().cite()).forEach(cites::add);
        depth.stream().filter(d -> d.quote().article().equals(article)).map(d -> d.quote().cite()).forEach(cites::add);
        return cites.stream().distinct().toList();
    }

    private Treaty.ArticleCoding entry(String prefix, ArticleSubjects a, String cite, List<String> sources) {
        Optional<ObligationFinding> best = obligations.stream().filter(f -> f.quote().cite().equals(cite))
                .filter(f -> f.obligation() != Obligation.CONSULTATION || !f.conditions().isEmpty())
                .max((x, y) -> Double.compare(Commitment.value(x.obligation(), x.binding()), Commitment.value(y.obligation(), y.binding())));
        List<DepthProvision> deep = depth.stream().filter(d -> d.quote().cite().equals(cite)).map(DepthFinding::provision).distinct().toList();
        String quote = best.map(f -> f.quote().text()).orElseGet(() -> depth.stream()
                .filter(d -> d.quote().cite().equals(cite)).findFirst().map(d -> d.quote().text()).orElse(""));
        String summary = cite + ": " + best.map(ObligationFinding::reading).orElse("depth provisions " + deep.stream().map(DepthProvision::id).toList())
                + " \u2014 \"" + (quote.length() > 160 ? quote.substring(0, 157) + "..." : quote) + "\"";
        return new Treaty.ArticleCoding(id(prefix, cite), number(cite), a.subjects(),
                best.map(ObligationFinding::obligation).orElse(Obligation.NONE),
                best.map(ObligationFinding::binding).orElse(Binding.DECLARATORY), deep, summary, Confidence.UNCONFIRMED, sources);
    }

    private static String id(String prefix, String cite) {
        String slug = cite.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return (prefix + "-" + slug).replaceAll("-+", "-");
    }

    private static Optional<String> number(String cite) {
        int at = cite.lastIndexOf("Art. ");
        return at < 0 ? Optional.empty() : Optional.of(cite.substring(at + 5));
    }
}
