package org.entente.casefile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.entente.model.Utf8Fault;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Turns a file into a YAML node tree, keeping each node's line and column. Bad UTF-8 and YAML
 * syntax errors become diagnostics like any other problem.
 */
final class YamlSource {

    private YamlSource() {
    }

    /**
     * The largest case file read: 3 MiB, the YAML reader's own limit. The largest built-in case
     * (Iran-Russia, 246 sources, 137 events) is 125 KB, so a file 25 times larger is a mistake
     * (a data dump pasted in) far more often than a case.
     */
    static final int MAX_BYTES = 3 * 1024 * 1024;

    static Optional<Node> compose(Path file, Problems problems) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.at(1, 1, "the file is " + mib(size) + ", over the " + mib(MAX_BYTES) + " limit for a case file",
                        "a case this large is unusual (the largest built-in case is 125 KB): check that no data was "
                        + "pasted in by mistake; the format has no includes, but a long 'sources:' list can move to "
                        + "sources.tsv beside the file (docs/case-format.md)");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.at(1, 1, "cannot read the file: " + e.getMessage(), "check that it exists and is readable");
            return Optional.empty();
        }
        Optional<String> text = decode(bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setAllowDuplicateKeys(true) // reported with both locations by Fields instead
                .setMaxAliasesForCollections(50)
                .setCodePointLimit(MAX_BYTES)   // never reached: a file within MAX_BYTES has no more characters
                .build();
        try {
            List<Event> events = new ArrayList<>();
            if (!shallow(settings, text.get(), problems, events)) {
                return Optional.empty();
            }
            // the tree is built from the events already parsed: the file is parsed once
            Optional<Node> root = new Composer(settings, new Replay(events)).getSingleNode();
            if (root.isEmpty()) {
                problems.at(1, 1, "the file is empty", "start from the example in docs/case-format.md");
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            int col = e.getProblemMark().map(m -> m.getColumn() + 1).orElse(1);
            String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
            problems.at(line, col, "YAML syntax: " + e.getProblem() + context,
                    "check indentation and quoting on this line and the one before; text with ': ' or '#' needs quotes");
            return Optional.empty();
        } catch (YamlEngineException e) {
            String m = String.valueOf(e.getMessage());
            problems.at(1, 1, "YAML syntax: " + m, m.contains("aliases") ? "the file refers back to lists or maps "
                    + "(*name) more than 50 times; write the values out" : "the file must be one YAML document");
            return Optional.empty();
        }
    }

    private static String mib(long bytes) {
        long mib = 1024 * 1024;
        // rounded up, so that a file just over the limit does not read as the limit itself
        return bytes % mib == 0 ? bytes / mib + " MiB"
                : String.format(java.util.Locale.ROOT, "%.1f MiB", Math.ceil(bytes * 10.0 / mib) / 10);
    }

    /** Deeper than any case file needs: the example nests five levels. */
    static final int MAX_DEPTH = 40;

    /**
     * Checks the nesting depth on the parser's events (read in a loop) before the node tree is
     * built: building it recurses once per level, and a few thousand levels in a tiny file would
     * overflow the stack.
     *
     * @param events filled with the parser's events, for building the tree
     * @return false, with a problem at the first too-deep list or map, when the file nests too deep
     */
    private static boolean shallow(LoadSettings settings, String text, Problems problems, List<Event> events) {
        int depth = 0;
        for (Event e : new Parse(settings).parseString(text)) {
            events.add(e);
            Event.ID id = e.getEventId();
            if (id == Event.ID.SequenceStart || id == Event.ID.MappingStart) {
                if (++depth > MAX_DEPTH) {
                    int line = e.getStartMark().map(m -> m.getLine() + 1).orElse(1);
                    int col = e.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
                    problems.at(line, col, "lists and maps nested more than " + MAX_DEPTH + " levels deep",
                            "a case file nests a few levels (docs/case-format.md); check the brackets and indentation here");
                    return false;
                }
            } else if (id == Event.ID.SequenceEnd || id == Event.ID.MappingEnd) {
                depth--;
            }
        }
        return true;
    }

    /** The parser's events again, in order, for the composer. */
    private static final class Replay implements Parser {
        private final List<Event> events;
        private int at;

        Replay(List<Event> events) {
            this.events = events;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return at < events.size() && events.get(at).getEventId() == id;
        }

        @Override
        public Event peekEvent() {
            if (at >= events.size()) {
                throw new NoSuchElementException("no more YAML events");
            }
            return events.get(at);
        }

        @Override
        public boolean hasNext() {
            return at < events.size();
        }

        @Override
        public Event next() {
            Event e = peekEvent();
            at++;
            return e;
        }
    }

    /** Decodes strictly, so that a broken byte is reported where it is rather than replaced. */
    private static Optional<String> decode(byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            Utf8Fault f = Utf8Fault.find(bytes).orElseThrow();
            problems.at(f.line(), f.column(), "the file is not valid UTF-8 (byte 0x"
                    + String.format("%02X", f.value()) + " at offset " + f.offset() + ")", "save the file as UTF-8");
            return Optional.empty();
        }
    }

    /** @return whether the first {@code length} bytes decode as UTF-8 (a character cut at the end allowed) */
    static boolean validPrefix(byte[] bytes, int length) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(length + 1);
        return !d.decode(in, out, false).isError();
    }
}
