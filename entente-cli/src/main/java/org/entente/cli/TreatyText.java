package org.entente.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.model.Obligation;
import org.entente.model.Treaty;
import org.entente.model.TreatySubject;
import org.entente.treaty.TreatyCoding;
import org.entente.treaty.TreatyComparison;
import org.entente.treaty.clause.Article;
import org.entente.treaty.clause.Part;
import org.entente.treaty.clause.Quote;
import org.entente.treaty.coding.Absence;
import org.entente.treaty.coding.Atop;
import org.entente.treaty.coding.Condition;
import org.entente.treaty.coding.DepthFinding;
import org.entente.treaty.coding.ObligationFinding;

/** The readable form of a treaty's coding and of a comparison of two. */
final class TreatyText {

    private TreatyText() {
    }

    static void coding(TreatyCoding c, PrintWriter out) {
        header(c, out);
        outline(c, out);
        out.println();
        out.println("Obligations (ATOP typology)");
        if (c.obligations().isEmpty()) {
            out.println("  none found");
        }
        c.obligations().forEach(f -> obligation(f, out));
        out.println();
        out.println("Depth provisions");
        if (c.depth().isEmpty()) {
            out.println("  none found");
        }
        for (DepthFinding d : c.depth()) {
            out.println("  " + d.provision().id() + " (" + d.binding().id() + "), " + d.quote().cite() + ": \"" + d.cue() + "\"");
        }
        out.println();
        summary(c, out);
        out.flush();
    }

    private static void header(TreatyCoding c, PrintWriter out) {
        out.println(c.particulars().title().orElse("(untitled)") + "   [" + c.file() + ", " + c.format().name().toLowerCase()
                + ", " + c.characters() + " characters]");
        if (!c.particulars().parties().isEmpty()) {
            out.println("  parties:          " + String.join("; ", c.particulars().parties()));
        }
        out.println("  signed:           " + c.particulars().signed().orElse("not found")
                + c.particulars().place().map(p -> " at " + p).orElse(""));
        out.println("  entry into force: " + cite(c.terms().entryIntoForce()));
        out.println("  duration:         " + (c.terms().years().isPresent() ? c.terms().years().getAsInt() + " years, "
                : c.terms().indefinite() ? "indefinite, " : "") + cite(c.terms().duration()));
        out.println("  renewal:          " + cite(c.terms().renewal()));
        out.println("  denunciation:     " + cite(c.terms().denunciation()));
    }

    private static void outline(TreatyCoding c, PrintWriter out) {
        out.println();
        out.println("Structure");
        c.structure().preamble().ifPresent(p -> out.println("  preamble (" + (p.end() - p.start()) + " characters)"));
        for (Part p : c.structure().parts()) {
            out.println("  " + (p.kind() == Part.Kind.TREATY ? "articles" : p.title() + " [" + p.kind().name().toLowerCase().replace('_', ' ') + "]")
                    + ": " + p.articles().size());
            for (Article a : p.articles()) {
                String subjects = c.subjects().stream().filter(s -> s.article().equals(a.reference())).findFirst()
                        .map(s -> s.subjects().stream().map(x -> x.id()).collect(Collectors.joining(", "))).orElse("");
                out.printf("    %-12s %-28s %2d para.  %s%n", a.label().isEmpty() ? "(text)" : a.label(),
                        shorten(a.heading(), 28), a.paragraphs().size(), subjects);
            }
        }
        c.structure().closing().ifPresent(s -> out.println("  closing formula (" + (s.end() - s.start()) + " characters)"));
    }

    private static void obligation(ObligationFinding f, PrintWriter out) {
        out.println("  " + f.obligation().id().toUpperCase() + "  " + f.binding().id() + "  " + f.quote().cite()
                + (f.atop() ? "" : "   (not counted for ATOP)"));
        out.println("      \"" + f.quote().text() + "\"");
        f.quote().leadIn().ifPresent(l -> out.println("      read with its lead-in: \"" + shorten(l, 90) + " ...\""));
        out.println("      offsets " + f.quote().span().start() + "-" + f.quote().span().end() + "; " + f.reading());
        for (Condition k : f.conditions()) {
            out.println("      condition " + k.kind().name().toLowerCase().replace('_', '-') + ": " + k.phrase());
        }
    }

    private static void summary(TreatyCoding c, PrintWriter out) {
        out.println("ATOP flags   " + flags(c.atop()));
        out.println("Commitment " + c.commitment().score() + " (0-100): strongest clause " + c.commitment().strongest().id()
                + " (" + c.commitment().binding().id() + ")" + c.commitment().clause().map(q -> ", " + q.cite()).orElse("")
                + (c.commitment().depthBonus() > 0 ? ", +" + c.commitment().depthBonus() + " for depth provisions" : ""));
        out.println("Conspicuously absent" + (c.absent().isEmpty() ? ": none noted" : ""));
        for (Absence a : c.absent()) {
            out.println("  " + a.obligation().id() + ": " + a.note()
                    + a.disclaimer().map(q -> "; denied in " + q.cite() + ": \"" + q.text() + "\"").orElse(""));
        }
    }

    static String flags(Atop a) {
        return "defence " + yes(a.defense()) + "  offence " + yes(a.offense()) + "  neutrality " + yes(a.neutrality())
                + "  non-aggression " + yes(a.nonAggression()) + "  consultation " + yes(a.consultation());
    }

    static void comparison(TreatyComparison cmp, PrintWriter out) {
        out.println("A: " + cmp.a().particulars().title().orElse("(untitled)") + "   [" + cmp.a().file() + "]");
        out.println("B: " + cmp.b().particulars().title().orElse("(untitled)") + "   [" + cmp.b().file() + "]");
        out.println();
        out.println("By obligation");
        for (TreatyComparison.ObligationRow row : cmp.obligations()) {
            out.println("  " + row.obligation().id().toUpperCase() + (flag(cmp.a(), row.obligation()) == flag(cmp.b(), row.obligation())
                    ? "" : "   <- differs"));
            side("A", row.inA(), out);
            side("B", row.inB(), out);
        }
        out.println();
        out.println("By depth provision");
        if (cmp.depth().isEmpty()) {
            out.println("  none found in either");
        }
        for (TreatyComparison.DepthRow row : cmp.depth()) {
            out.println("  " + row.provision().id().toUpperCase() + (row.inA().isEmpty() == row.inB().isEmpty() ? "" : "   <- differs"));
            depthSide("A", row.inA(), out);
            depthSide("B", row.inB(), out);
        }
        out.println();
        out.printf("  %-26s %-40s %s%n", "", "A", "B");
        out.printf("  %-26s %-40s %s%n", "commitment", cmp.a().commitment().score(), cmp.b().commitment().score());
        out.printf("  %-26s %-40s %s%n", "absent", absent(cmp.a()), absent(cmp.b()));
        out.println();
        out.println("By subject");
        for (TreatyComparison.SubjectRow row : cmp.subjects()) {
            out.printf("  %-26s %-40s %s%n", row.subject().id(), shorten(list(row.inA()), 40), shorten(list(row.inB()), 60));
        }
        out.flush();
    }

    /** Two treaties of cases, as their case files code them: by obligation, then by subject. */
    static void cases(TreatyCommand.CaseTreaty a, TreatyCommand.CaseTreaty b, PrintWriter out) {
        for (TreatyCommand.CaseTreaty t : List.of(a, b)) {
            out.println((t == a ? "A: " : "B: ") + t.treaty().title() + "   [" + t.ref() + ", signed " + t.treaty().signed()
                    + ", " + t.treaty().status().id() + "]");
        }
        out.println("(as coded in the case files: entente show CASE, or the web app's treaty pages, give every clause)");
        out.println();
        out.println("By obligation");
        for (Obligation o : Obligation.values()) {
            if (o == Obligation.NONE) {
                continue;
            }
            boolean inA = creates(a.treaty(), o);
            out.println("  " + o.id().toUpperCase() + (inA == creates(b.treaty(), o) ? "" : "   <- differs"));
            caseSide("A", a.treaty(), o, out);
            caseSide("B", b.treaty(), o, out);
        }
        out.println();
        out.printf("  %-26s %-40s %s%n", "", "A", "B");
        out.printf("  %-26s %-40s %s%n", "strongest obligation", a.treaty().strongest().id(), b.treaty().strongest().id());
        out.println();
        out.println("By subject");
        for (TreatySubject s : TreatySubject.values()) {
            List<String> inA = a.treaty().articlesAbout(s);
            List<String> inB = b.treaty().articlesAbout(s);
            if (!inA.isEmpty() || !inB.isEmpty()) {
                out.printf("  %-26s %-40s %s%n", s.id(), shorten(list(inA), 40), shorten(list(inB), 60));
            }
        }
        out.flush();
    }

    private static void caseSide(String which, Treaty t, Obligation o, PrintWriter out) {
        List<Treaty.ArticleCoding> clauses = t.coding().stream().filter(c -> c.obligation() == o).toList();
        List<Treaty.AbsentObligation> absent = t.absent().stream().filter(x -> x.obligation() == o).toList();
        if (clauses.isEmpty() && absent.isEmpty()) {
            out.println("    " + which + "  \u2014");
        }
        for (Treaty.ArticleCoding c : clauses) {
            out.println("    " + which + "  " + c.label() + " (" + c.binding().id() + "): \"" + shorten(squash(c.summary()), 110) + "\"");
        }
        for (Treaty.AbsentObligation x : absent) {
            out.println("    " + which + "  absent: " + shorten(squash(x.note()), 110));
        }
    }

    private static boolean creates(Treaty t, Obligation o) {
        return t.coding().stream().anyMatch(c -> c.obligation() == o);
    }

    private static String squash(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }

    private static void side(String which, List<ObligationFinding> findings, PrintWriter out) {
        if (findings.isEmpty()) {
            out.println("    " + which + "  \u2014");
        }
        for (ObligationFinding f : findings) {
            out.println("    " + which + "  " + f.quote().cite() + " (" + f.binding().id() + (f.atop() ? "" : ", not counted")
                    + "): \"" + shorten(f.quote().text(), 110) + "\"");
        }
    }

    private static void depthSide(String which, List<DepthFinding> findings, PrintWriter out) {
        if (findings.isEmpty()) {
            out.println("    " + which + "  \u2014");
        }
        for (DepthFinding d : findings) {
            out.println("    " + which + "  " + d.quote().cite() + " (" + d.binding().id() + "): \"" + shorten(d.quote().text(), 110) + "\"");
        }
    }

    private static boolean flag(TreatyCoding c, Obligation o) {
        return c.atop().get(o);
    }

    private static String absent(TreatyCoding c) {
        return c.absent().isEmpty() ? "none noted" : c.absent().stream().map(a -> a.obligation().id()).collect(Collectors.joining(", "));
    }

    private static String list(List<String> items) {
        return items.isEmpty() ? "\u2014" : String.join(", ", items);
    }

    private static String cite(Optional<Quote> q) {
        return q.map(x -> x.cite() + ": \"" + shorten(x.text(), 90) + "\"").orElse("not found");
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }
}
