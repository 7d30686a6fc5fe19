package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.model.Case;
import org.entente.model.Obligation;
import org.entente.model.Ordered;
import org.entente.model.Treaty;
import org.entente.model.TreatySubject;

/**
 * The treaties of a case as the API and the pages show them: each treaty as coded in the case
 * file, with its articles grouped by ATOP obligation (the clauses that create each, or the
 * case's note on why it is absent) and counted by subject; and two treaties side by side, from
 * one case or two. A treaty is named {@code case/treaty}, or by its id alone within a case.
 */
final class Treaties {

    private final Library library;
    private final ObjectMapper mapper;

    Treaties(Library library, ObjectMapper mapper) {
        this.library = library;
        this.mapper = mapper;
    }

    /** A treaty found by reference, with the case it comes from. */
    record Found(String caseId, Case source, Treaty treaty) {

        String ref() {
            return caseId + "/" + treaty.id();
        }
    }

    /** @return every treaty of the case, each with its obligations and subject counts */
    List<Map<String, Object>> of(String caseId) {
        Case c = library.load(caseId);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Treaty t : c.treaties()) {
            out.add(view(new Found(caseId, c, t)));
        }
        return out;
    }

    /**
     * @param ref         {@code case/treaty}, or a treaty id when a case is given
     * @param defaultCase the case a bare treaty id belongs to, or null
     * @return the treaty
     */
    Found find(String ref, String defaultCase, String name) {
        if (ref == null || ref.isBlank()) {
            throw ApiProblem.badRequest(name + ": name a treaty", "e.g. " + name + "=iran-russia/cspt-2025");
        }
        String r = ref.strip();
        int slash = r.indexOf('/');
        String caseId = slash >= 0 ? r.substring(0, slash) : defaultCase;
        String id = slash >= 0 ? r.substring(slash + 1) : r;
        if (caseId == null) {
            throw ApiProblem.badRequest(name + ": '" + Html.clip(r) + "' does not say which case", "write case/treaty, e.g. "
                    + "iran-russia/cspt-2025");
        }
        if (!Library.CASE_ID.matcher(caseId).matches() || !Library.CASE_ID.matcher(id).matches()) {
            // a path or other text that cannot name a treaty: the parameter is at fault, not a case that is missing
            String own = defaultCase == null ? "" : "a treaty id of " + defaultCase + " or ";
            throw ApiProblem.badRequest(name + ": '" + Html.clip(r) + "' is not " + own + "case/treaty",
                    "ids are lower-case letters, digits and hyphens; e.g. " + name + "="
                            + (defaultCase == null ? "" : "cspt-2025 or " + name + "=") + "russia-dprk/cspt-2024");
        }
        Case c;
        try {
            c = library.load(caseId);
        } catch (ApiProblem e) {
            throw e.status() == 404 ? ApiProblem.notFound(name + ": " + e.getMessage(), e.hint()) : e;
        }
        Optional<Treaty> t = c.treaties().stream().filter(x -> x.id().equals(id)).findFirst();
        if (t.isEmpty()) {
            throw ApiProblem.notFound(name + ": case " + caseId + " has no treaty '" + Html.clip(id) + "'", "its treaties: "
                    + String.join(", ", c.treaties().stream().map(Treaty::id).toList()));
        }
        return new Found(caseId, c, t.get());
    }

    /** @return the two treaties aligned by obligation and by subject */
    static Map<String, Object> compare(Found a, Found b) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("a", heading(a));
        out.put("b", heading(b));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Obligation o : Obligation.values()) {
            if (o == Obligation.NONE) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("obligation", o);
            row.put("a", side(a.treaty(), o));
            row.put("b", side(b.treaty(), o));
            rows.add(row);
        }
        out.put("obligations", rows);
        List<Map<String, Object>> subjects = new ArrayList<>();
        for (TreatySubject s : TreatySubject.values()) {
            List<String> inA = a.treaty().articlesAbout(s);
            List<String> inB = b.treaty().articlesAbout(s);
            if (!inA.isEmpty() || !inB.isEmpty()) {
                subjects.add(Ordered.map("subject", s, "a", inA, "b", inB));
            }
        }
        out.put("subjects", subjects);
        return out;
    }

    private Map<String, Object> view(Found f) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = new LinkedHashMap<>(mapper.convertValue(f.treaty(), Map.class));
        Treaty t = f.treaty();
        m.put("ref", f.ref());
        m.put("strongest", t.strongest());
        List<Map<String, Object>> obligations = new ArrayList<>();
        for (Obligation o : Obligation.values()) {
            if (o != Obligation.NONE) {
                Map<String, Object> side = side(t, o);
                side.put("obligation", o);
                obligations.add(side);
            }
        }
        m.put("obligations", obligations);
        Map<String, Integer> subjects = new LinkedHashMap<>();
        for (TreatySubject s : TreatySubject.values()) {
            int n = t.articlesAbout(s).size();
            if (n > 0) {
                subjects.put(s.id(), n);
            }
        }
        m.put("subjectCounts", subjects);
        return m;
    }

    private static Map<String, Object> heading(Found f) {
        Treaty t = f.treaty();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", f.ref());
        m.put("case", f.caseId());
        m.put("id", t.id());
        m.put("title", t.title());
        m.put("parties", t.parties());
        m.put("signed", t.signed());
        m.put("status", t.status());
        m.put("strongest", t.strongest());
        return m;
    }

    /** @return the clauses of the treaty that create the obligation, and the case's note if it is coded as absent */
    private static Map<String, Object> side(Treaty t, Obligation o) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> clauses = new ArrayList<>();
        for (Treaty.ArticleCoding a : t.coding()) {
            if (a.obligation() == o) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", a.id());
                a.article().ifPresent(x -> c.put("article", "Art. " + x));   // left out when not established: no id in its place
                c.put("binding", a.binding());
                c.put("subjects", a.subjects());
                c.put("summary", a.summary().strip());
                c.put("confidence", a.confidence());
                c.put("sources", a.sources());
                clauses.add(c);
            }
        }
        m.put("clauses", clauses);
        // every absence the case notes for this obligation, as the treaty page lists them
        List<Map<String, Object>> absent = t.absent().stream().filter(x -> x.obligation() == o)
                .map(x -> Ordered.map("id", x.id(), "note", x.note().strip(), "sources", x.sources())).toList();
        if (!absent.isEmpty()) {
            m.put("absent", absent);
        }
        return m;
    }


    /** @return the subject an article is coloured by: its first subject other than general, else general */
    static TreatySubject colour(Treaty.ArticleCoding a) {
        return a.subjects().stream().filter(s -> s != TreatySubject.GENERAL).findFirst().orElse(TreatySubject.GENERAL);
    }
}
