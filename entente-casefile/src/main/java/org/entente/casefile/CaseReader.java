package org.entente.casefile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.model.Actor;
import org.entente.model.Case;
import org.entente.model.Reliability;
import org.entente.model.Source;
import org.entente.model.SourceKind;
import org.entente.model.StateCatalog;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one case file, top to bottom, into a {@link Case}, collecting every problem on the way. */
final class CaseReader extends ItemReader {

    static final int SCHEMA = 1;
    private static final Set<String> TOP = Set.of("schema", "id", "title", "as_of", "summary", "dyad",
            "sources", "judgements", "timeline", "indicators", "evidence", "drivers", "limits", "treaties",
            "scenarios", "outlook");
    private static final Set<String> ACTOR = Set.of("code", "name");
    private static final Set<String> SOURCE = Set.of("id", "kind", "title", "author", "publisher", "date", "url",
            "reliability", "endnote");

    private final Path file;
    private final TreatyReader.States states;
    private final TreatyTextCheck texts;

    CaseReader(Path file, StateCatalog catalog, TreatyTextCheck texts) {
        this(new Problems(file), file, catalog, texts);
    }

    private CaseReader(Problems problems, Path file, StateCatalog catalog, TreatyTextCheck texts) {
        super(problems, new Ids(problems));
        this.file = file;
        this.states = new TreatyReader.States(catalog, problems);
        this.texts = texts;
    }

    /** @return the case, when the file had no problem at all */
    Optional<Case> read() {
        if (outsideItsFolder()) {
            problems.at(1, 1, file.getFileName() + " is a link to a file outside its folder",
                    "copy the case file into the case folder instead of linking to it");
            return Optional.empty();
        }
        Optional<Node> root = YamlSource.compose(file, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        Node n = root.get();
        Path folder = file.toAbsolutePath().normalize().getParent();
        Fields f = fields(n, "case", TOP);
        var asOf = f.date("as_of", true);
        AsOf dated = new AsOf(asOf, problems);
        f.get("as_of").ifPresent(at -> dated.checkNotAfter(LocalDate.now(), at));
        HistoryReader history = new HistoryReader(problems, ids, dated);
        OutlookReader outlooks = new OutlookReader(problems, ids, dated);
        AnalysisReader analysis = new AnalysisReader(problems, ids, outlooks.states(), dated);
        var schema = f.integer("schema", true);
        if (schema.isPresent() && schema.getAsInt() != SCHEMA) {
            problems.at(f.get("schema").get(), "schema " + schema.getAsInt() + " is not supported",
                    "this version of Entente reads schema " + SCHEMA);
        }
        var id = f.text("id", true);
        id.ifPresent(i -> checkFolderName(i, f.get("id").get(), folder));
        var title = f.text("title", true);
        var summary = f.text("summary", true);
        var dyad = f.list("dyad", true, this::actor);
        // the type test first: 'dyad' that is not a list is reported once, by f.list above
        if (f.get("dyad").isPresent() && f.get("dyad").get() instanceof org.snakeyaml.engine.v2.nodes.SequenceNode
                && f.sequence("dyad", false).size() != 2) {
            problems.at(f.get("dyad").get(), "dyad must list exactly 2 states, found " + f.sequence("dyad", false).size(),
                    "a case is about one pair of states");
        }
        List<String> dyadCodes = dyad.stream().map(Actor::code).toList();
        TreatyReader treaties = new TreatyReader(problems, ids, folder, states, dyadCodes, texts);
        var sources = new java.util.ArrayList<>(f.list("sources", false, this::source));
        Path table = folder.resolve(Bibliography.FILE_NAME);
        if (java.nio.file.Files.isRegularFile(table)) {
            sources.addAll(new Bibliography(table, problems, ids).read());
        } else if (java.nio.file.Files.exists(table)) {
            problems.at(n, Bibliography.FILE_NAME + " beside the case file is " + (java.nio.file.Files.isDirectory(table)
                    ? "a folder" : "not a plain file") + ", not a table of sources", "replace it with the tab-separated table "
                    + "(docs/case-format.md), or remove it and list the sources under 'sources:'");
            ids.unread(Ids.Kind.SOURCE);
        } else if (f.get("sources").isEmpty() && f.isMapping()) {
            problems.at(n, "the case has no sources", "list them under 'sources:' or in " + Bibliography.FILE_NAME
                    + " beside the case file");
        }
        var judgements = f.list("judgements", false, analysis::judgement);
        var timeline = f.list("timeline", false, history::event);
        var indicators = f.list("indicators", false, history::indicator);
        var evidence = f.list("evidence", false, analysis::evidence);
        var drivers = f.list("drivers", false, analysis::driver);
        var limits = f.list("limits", false, analysis::limit);
        var treatyList = f.list("treaties", false, treaties::treaty);
        var outlook = f.get("outlook").flatMap(outlooks::outlook);
        var scenarios = f.list("scenarios", false, analysis::scenario);
        ids.check();
        analysis.checkFactors();
        return build(n, 0, () -> new Case(schema.getAsInt(), id.get(), title.get(), asOf.get(), summary.get(), dyad,
                sources, judgements, timeline, indicators, evidence, drivers, limits, treatyList, scenarios, outlook));
    }

    /**
     * @return whether the file is a link whose target lies outside the folder holding the link:
     * such a file is not read, so that no line of it (a system file, say) is quoted back in a
     * message, as the web API would quote it
     */
    private boolean outsideItsFolder() {
        try {
            Path folder = file.toAbsolutePath().normalize().getParent();
            return folder != null && !file.toRealPath().startsWith(folder.toRealPath());
        } catch (java.io.IOException e) {
            return false;   // a missing or unreadable file is reported when it is read
        }
    }

    List<Diagnostic> diagnostics() {
        return problems.sorted();
    }

    private Optional<Actor> actor(Node n) {
        int before = problems.count();
        Fields f = fields(n, "dyad state", ACTOR);
        var code = f.get("code").flatMap(states::code);
        if (f.get("code").isEmpty()) {
            f.text("code", true);
        }
        var name = f.text("name", true);
        return build(n, before, () -> new Actor(code.get(), name.get()));
    }

    private Optional<Source> source(Node n) {
        int before = problems.count();
        Fields f = fields(n, "source", SOURCE);
        var id = f.id(Ids.Kind.SOURCE);
        var kind = f.word("kind", SourceKind.class, true);
        var title = f.text("title", true);
        var author = f.text("author", false);
        var publisher = f.text("publisher", false);
        if (author.isEmpty() && publisher.isEmpty() && problems.count() == before) {
            problems.at(n, "source names neither 'author' nor 'publisher'", "add at least one of them");
        }
        var date = f.date("date", false);
        var url = f.text("url", false);
        var grade = f.text("reliability", false).flatMap(r -> reliability(r, f.get("reliability").get()));
        var endnote = f.integer("endnote", false);
        return build(n, before, () -> new Source(id.get(), kind.get(), title.get(), author, publisher, date, url,
                grade, endnote));
    }

    private Optional<Reliability> reliability(String code, Node at) {
        try {
            return Optional.of(Reliability.parse(code));
        } catch (IllegalArgumentException e) {
            problems.at(at, "'reliability' " + code + ": " + e.getMessage(),
                    "Admiralty code: source reliability A-F, then information credibility 1-6, e.g. B2");
            return Optional.empty();
        }
    }

    private void checkFolderName(String id, Node at, Path folder) {
        if (file.getFileName().toString().equals("case.yaml") && folder.getFileName() != null
                && !folder.getFileName().toString().equals(id)) {
            problems.at(at, "id '" + id + "' must equal the folder name '" + folder.getFileName() + "'",
                    "rename the folder or change the id");
        }
    }
}
