package org.entente.treaty;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.entente.model.DepthProvision;
import org.entente.model.Obligation;
import org.entente.model.TreatySubject;
import org.entente.treaty.coding.ArticleSubjects;
import org.entente.treaty.coding.DepthFinding;
import org.entente.treaty.coding.ObligationFinding;

/**
 * Two codings side by side, aligned by obligation (each ATOP obligation with the clauses of
 * either treaty that create it), by depth provision (each kind either treaty makes, with the
 * clauses of each) and by subject (the articles of either treaty on it).
 *
 * @param a           the first treaty
 * @param b           the second treaty
 * @param obligations one row per ATOP obligation, defence first
 * @param depth       one row per kind of depth provision either treaty makes, in the vocabulary's order
 * @param subjects    one row per subject either treaty has an article on
 */
public record TreatyComparison(TreatyCoding a, TreatyCoding b, List<ObligationRow> obligations, List<DepthRow> depth,
                               List<SubjectRow> subjects) {

    /**
     * One obligation in both treaties.
     *
     * @param obligation the obligation
     * @param inA        the first treaty's clauses that create it
     * @param inB        the second treaty's
     */
    public record ObligationRow(Obligation obligation, List<ObligationFinding> inA, List<ObligationFinding> inB) {

        /** Copies the lists. */
        public ObligationRow {
            Objects.requireNonNull(obligation, "obligation");
            inA = List.copyOf(inA);
            inB = List.copyOf(inB);
        }
    }

    /**
     * One kind of depth provision in both treaties; a treaty without it has an empty list.
     *
     * @param provision the kind of provision
     * @param inA       the first treaty's clauses that make it
     * @param inB       the second treaty's
     */
    public record DepthRow(DepthProvision provision, List<DepthFinding> inA, List<DepthFinding> inB) {

        /** Copies the lists. */
        public DepthRow {
            Objects.requireNonNull(provision, "provision");
            inA = List.copyOf(inA);
            inB = List.copyOf(inB);
        }
    }

    /**
     * One subject in both treaties.
     *
     * @param subject the subject
     * @param inA     the first treaty's articles on it
     * @param inB     the second treaty's
     */
    public record SubjectRow(TreatySubject subject, List<String> inA, List<String> inB) {

        /** Copies the lists. */
        public SubjectRow {
            Objects.requireNonNull(subject, "subject");
            inA = List.copyOf(inA);
            inB = List.copyOf(inB);
        }
    }

    /** Copies the lists. */
    public TreatyComparison {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        obligations = List.copyOf(obligations);
        depth = List.copyOf(depth);
        subjects = List.copyOf(subjects);
    }

    /**
     * @param a the first treaty's coding
     * @param b the second treaty's coding
     * @return the two aligned
     */
    public static TreatyComparison of(TreatyCoding a, TreatyCoding b) {
        List<ObligationRow> rows = new ArrayList<>();
        for (Obligation o : Obligation.values()) {
            if (o != Obligation.NONE) {
                rows.add(new ObligationRow(o, findings(a, o), findings(b, o)));
            }
        }
        List<DepthRow> depth = new ArrayList<>();
        for (DepthProvision d : DepthProvision.values()) {
            List<DepthFinding> inA = provisions(a, d);
            List<DepthFinding> inB = provisions(b, d);
            if (!inA.isEmpty() || !inB.isEmpty()) {
                depth.add(new DepthRow(d, inA, inB));
            }
        }
        List<SubjectRow> subjects = new ArrayList<>();
        for (TreatySubject s : TreatySubject.values()) {
            List<String> inA = articles(a, s);
            List<String> inB = articles(b, s);
            if (!inA.isEmpty() || !inB.isEmpty()) {
                subjects.add(new SubjectRow(s, inA, inB));
            }
        }
        return new TreatyComparison(a, b, rows, depth, subjects);
    }

    private static List<ObligationFinding> findings(TreatyCoding c, Obligation o) {
        return c.obligations().stream().filter(f -> f.obligation() == o).toList();
    }

    private static List<DepthFinding> provisions(TreatyCoding c, DepthProvision d) {
        return c.depth().stream().filter(f -> f.provision() == d).toList();
    }

    private static List<String> articles(TreatyCoding c, TreatySubject s) {
        return c.subjects().stream().filter(x -> x.subjects().contains(s)).map(ArticleSubjects::article).toList();
    }
}
