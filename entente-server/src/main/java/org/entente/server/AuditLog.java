package org.entente.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit trail of a case: {@code cases/<id>/audit.jsonl}, one JSON object per line and per
 * edit, appended and forced to disk after the edit is in place. It lives beside the case file
 * so that it travels with the case (copied, archived or committed together) and can be read
 * with any text tool; the case file itself stays the only source of the case's content.
 */
final class AuditLog {

    /** The file name inside the case folder. */
    static final String FILE = "audit.jsonl";

    /** A plain mapper, not the API's: an entry writes its nulls (nothing before an addition) explicitly. */
    private final ObjectMapper mapper = new ObjectMapper();

    /** Appends one entry; the caller holds the case's write lock. */
    void append(Path folder, Map<String, Object> entry) {
        try (FileChannel out = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            byte[] line = (mapper.writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
            ByteBuffer buffer = ByteBuffer.wrap(line);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the audit trail in " + folder, e);
        }
    }

    /**
     * @return the entries as a JSON array, each as written to the file: with the plain mapper, so
     * that an addition's {@code "before": null} stays (the API's mapper leaves nulls out)
     */
    String json(Path folder) {
        try {
            return mapper.writeValueAsString(read(folder));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the audit trail of " + folder + " as JSON", e);
        }
    }

    /** @return the entries in the order written; a torn last line (a crash mid-write) is skipped */
    List<Map<String, Object>> read(Path folder) {
        Path file = folder.resolve(FILE);
        List<Map<String, Object>> out = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> entry = mapper.readValue(line, Map.class);
                    out.add(entry);
                } catch (IOException torn) {
                    // a line cut short by a crash; the edit it describes may or may not have landed
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit trail in " + folder, e);
        }
        return out;
    }
}
