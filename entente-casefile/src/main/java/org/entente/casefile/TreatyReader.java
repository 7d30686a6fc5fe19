package org.entente.casefile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Binding;
import org.entente.model.Confidence;
import org.entente.model.DepthProvision;
import org.entente.model.Obligation;
import org.entente.model.StateCatalog;
import org.entente.model.Treaty;
import org.entente.model.TreatyStatus;
import org.entente.model.TreatySubject;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the treaties of a case, with their per-article coding and conspicuous absences. */
final class TreatyReader extends ItemReader {

    private static final Set<String> TREATY = Set.of("id", "title", "parties", "signed", "place",
            "entry_into_force", "duration_years", "renewal", "articles", "status", "supersedes", "text",
            "sources", "coding", "absent");
    private static final Set<String> CODING = Set.of("id", "article", "subjects", "obligation", "binding",
            "depth", "summary", "confidence", "sources");
    private static final Set<String> ABSENT = Set.of("id", "obligation", "note", "sources");

    private final Path folder;
    private final States states;
    private final List<String> dyad;
    private final TreatyTextCheck texts;

    TreatyReader(Problems problems, Ids ids, Path folder, States states, List<String> dyad, TreatyTextCheck texts) {
        super(problems, ids);
        this.folder = folder;
        this.states = states;
        this.dyad = List.copyOf(dyad);
        this.texts = texts;
    }

    Optional<Treaty> treaty(Node n) {
        int before = problems.count();
        Fields f = fields(n, "treaty", TREATY);
        var id = f.id(Ids.Kind.TREATY);
        var title = f.text("title", true);
        List<String> parties = states.codes(f, "parties");
        for (String code : dyad) {
            if (f.get("parties").isPresent() && !parties.contains(code) && problems.count() == before) {
                problems.at(f.get("parties").get(), "treaty parties do not include " + code,
                        "a case's treaties bind both of its states; add " + code + " to 'parties'");
            }
        }
        var signed = f.date("signed", true);
        var place = f.text("place", false);
        var inForce = f.date("entry_into_force", false);
        var duration = f.integer("duration_years", false, 1, "a number of years, 1 or more");
        var renewal = f.text("renewal", false);
        var articles = f.integer("articles", false, 1, "a number of articles, 1 or more");
        var status = f.word("status", TreatyStatus.class, true);
        var supersedes = f.text("supersedes", false);
        supersedes.ifPresent(s -> ids.refer(s, Ids.Kind.TREATY, f.get("supersedes").get()));
        var text = f.text("text", false);
        text.ifPresent(t -> checkAttachment(t, f.get("text").get()));
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        var coding = f.list("coding", false, this::coding);
        var absent = f.list("absent", false, this::absent);
        if (signed.isPresent() && inForce.isPresent() && inForce.get().end().isBefore(signed.get().start())) {
            problems.at(f.get("entry_into_force").get(), "entry into force (" + inForce.get()
                    + ") is before signature (" + signed.get() + ")", "check both dates");
        }
        return build(n, before, () -> new Treaty(id.get(), title.get(), parties, signed.get(), place, inForce,
                duration, renewal, articles, status.get(), supersedes, text, sources, coding, absent));
    }

    private Optional<Treaty.ArticleCoding> coding(Node n) {
        int before = problems.count();
        Fields f = fields(n, "article coding", CODING);
        var id = f.id(Ids.Kind.OTHER);
        var article = f.text("article", false);
        var subjects = f.words("subjects", TreatySubject.class, true);
        var obligation = f.word("obligation", Obligation.class, true);
        var binding = f.word("binding", Binding.class, true);
        var depth = f.words("depth", DepthProvision.class, false);
        var summary = f.text("summary", true);
        var confidence = f.word("confidence", Confidence.class, false).orElse(Confidence.CONFIRMED);
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        return build(n, before, () -> new Treaty.ArticleCoding(id.get(), article, subjects, obligation.get(),
                binding.get(), depth, summary.get(), confidence, sources));
    }

    private Optional<Treaty.AbsentObligation> absent(Node n) {
        int before = problems.count();
        Fields f = fields(n, "absent obligation", ABSENT);
        var id = f.id(Ids.Kind.OTHER);
        var obligation = f.word("obligation", Obligation.class, true);
        var note = f.text("note", true);
        var sources = f.refs("sources", Ids.Kind.SOURCE, true);
        return build(n, before, () -> new Treaty.AbsentObligation(id.get(), obligation.get(), note.get(), sources));
    }

    private void checkAttachment(String relative, Node at) {
        Path p = folder.resolve(relative).normalize();
        if (!p.startsWith(folder.normalize())) {
            problems.at(at, "treaty text '" + relative + "' lies outside the case folder",
                    "put the file in the case folder and name it relative to it");
        } else if (Files.isDirectory(p)) {
            problems.at(at, "treaty text '" + relative + "' is a folder, not a file",
                    "name the text file itself (.txt or .pdf) in 'text:', or remove 'text:'");
        } else if (!Files.isRegularFile(p)) {
            problems.at(at, "treaty text '" + relative + "' not found in the case folder " + folder,
                    "add the file, or remove 'text:'");
        } else {
            texts.check(p).ifPresent(r -> problems.at(at, "treaty text '" + relative + "' cannot be read: " + r.problem(),
                    r.hint()));
        }
    }

    /** @return whether the file starts as a PDF, or its first 64 KiB decode as UTF-8 (a cut last character allowed) */
    static boolean readable(Path p) {
        try (java.io.InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(1 << 16);
            if (head.length >= 5 && new String(head, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return true;
            }
            for (byte b : head) {
                if (b == 0) {
                    return false;   // a NUL: binary, even if it decodes
                }
            }
            return YamlSource.validPrefix(head, head.length);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Checks state codes against the catalogue. */
    record States(StateCatalog catalog, Problems problems) {

        List<String> codes(Fields f, String key) {
            List<String> out = new java.util.ArrayList<>();
            for (Node item : f.sequence(key, true)) {
                code(item).ifPresent(out::add);
            }
            return out;
        }

        Optional<String> code(Node at) {
            String code = at instanceof org.snakeyaml.engine.v2.nodes.ScalarNode s ? s.getValue() : "";
            if (catalog.isKnown(code)) {
                return Optional.of(code);
            }
            List<String> near = catalog.suggest(code);
            problems.at(at, "'" + code + "' is not an ISO 3166 alpha-3 code in the country cross-walk",
                    near.isEmpty() ? "use a code such as IRN or RUS" : "did you mean " + String.join(", ", near) + "?");
            return Optional.empty();
        }
    }
}
