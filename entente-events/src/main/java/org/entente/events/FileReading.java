package org.entente.events;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reads one input file (plain, {@code .gz}, or every member of a {@code .zip}) into a
 * {@link FileBatch}. The format is detected per file or zip member. A bad row is rejected and
 * reading goes on; a broken archive ends its member with one reject that says so, keeping every
 * row read before the break.
 */
final class FileReading {

    private static final int DETECT_LINES = 50;

    private final Countries countries;
    private final List<Watch> watches;
    private final GroupKeys keys;
    private final IngestProgress progress;
    private final int chunk;
    /** Which events' mentions a mentions file keeps (by GLOBALEVENTID): none unless told. */
    private java.util.function.LongPredicate keptEvents = id -> false;

    /** Marks a mentions file, whose rows are not events ({@link MentionRows}). */
    private static final RowReader MENTIONS = new RowReader() {
        @Override
        Event read(String[] fields) {
            throw new IllegalStateException("mentions rows are read by MentionRows");
        }
    };

    /** A reader that reads every file row by row. */
    FileReading(Countries countries, List<Watch> watches) {
        this(countries, watches, null, new IngestProgress(), GdeltScan.CHUNK);
    }

    /**
     * @param keys     the fast GDELT reader's tables, or null to read every file row by row
     * @param progress updated as bytes and rows are read
     * @param chunk    the fast reader's chunk size in bytes
     */
    FileReading(Countries countries, List<Watch> watches, GroupKeys keys, IngestProgress progress, int chunk) {
        this.countries = countries;
        this.watches = List.copyOf(watches);
        this.keys = keys;
        this.progress = progress;
        this.chunk = chunk;
    }

    /**
     * @param ids the GLOBALEVENTIDs of the events whose mentions are kept when a file is a GDELT 2.0
     *            mentions file (the events the store keeps)
     * @return this reader
     */
    FileReading keepingMentionsOf(java.util.function.LongPredicate ids) {
        this.keptEvents = ids;
        return this;
    }

    /** What a file holds, as far as mentions go: the order of an ingest depends on it. */
    enum Holds {
        /** event rows only (or nothing readable) */
        EVENTS,
        /** GDELT 2.0 mentions only */
        MENTIONS,
        /** a zip archive with members of both */
        BOTH
    }

    /**
     * @param file a file
     * @return what its first lines (of each member, for a zip archive) say it holds; EVENTS when
     * it cannot be read (its reading reports why)
     */
    static Holds holds(Path file) {
        try (InputStream head = Files.newInputStream(file)) {
            GdeltScan.Packing packing = packing(head.readNBytes(4), file.getFileName().toString());
            if (packing == GdeltScan.Packing.ZIP) {
                return holds(zipMembers(file));
            }
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
                 InputStream in = packing == GdeltScan.Packing.GZIP ? new GZIPInputStream(raw, 1 << 16) : raw) {
                return holds(List.of(detect(in) == EventFormat.GDELT2_MENTIONS));
            }
        } catch (IOException e) {
            return Holds.EVENTS;
        }
    }

    /** @return what members that are (true) or are not (false) mentions make of their file */
    private static Holds holds(List<Boolean> mentionMembers) {
        boolean mentions = mentionMembers.contains(true);
        return !mentions ? Holds.EVENTS : mentionMembers.contains(false) ? Holds.BOTH : Holds.MENTIONS;
    }

    /**
     * @return for each member of a zip archive, whether its first lines are mentions: through the
     * archive's directory, or, when an archive cut short has none, as a stream, up to the break
     */
    private static List<Boolean> zipMembers(Path file) {
        List<Boolean> members = new ArrayList<>();
        try (ZipFile z = new ZipFile(file.toFile())) {
            Map<Boolean, List<ZipEntry>> kinds = kinds(z);
            kinds.get(true).forEach(e -> members.add(true));
            kinds.get(false).forEach(e -> members.add(false));
            return members;
        } catch (IOException e) {
            members.clear();
        }
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    members.add(detect(zip) == EventFormat.GDELT2_MENTIONS);
                }
            }
        } catch (IOException e) {
            // a broken archive: what the members before the break said
        }
        return members;
    }

    /** @return the archive's members that are mentions (true) and the others (false), each in the archive's order */
    private static Map<Boolean, List<ZipEntry>> kinds(ZipFile z) throws IOException {
        Map<Boolean, List<ZipEntry>> kinds = Map.of(true, new ArrayList<>(), false, new ArrayList<>());
        for (ZipEntry e : z.stream().filter(e -> !e.isDirectory()).toList()) {
            try (InputStream in = z.getInputStream(e)) {
                kinds.get(detect(in) == EventFormat.GDELT2_MENTIONS).add(e);
            }
        }
        return kinds;
    }

    /**
     * What the fast reader makes of a file.
     *
     * @param format  GDELT 2.0 or 1.0
     * @param packing how its lines are packed
     * @param label   the label of its lines ({@code archive.zip!member} for a zip member)
     */
    private record Fast(EventFormat format, GdeltScan.Packing packing, String label) {
    }

    /** @return how the fast reader reads the file, or null when it does not take it; reads its first lines once */
    private Fast probe(Path file) {
        if (keys == null) {
            return null;
        }
        GdeltScan.Packing packing;
        try (InputStream head = Files.newInputStream(file)) {
            packing = packing(head.readNBytes(4), file.getFileName().toString());
        } catch (IOException e) {
            return null;   // the row-by-row reader reports it
        }
        if (packing == GdeltScan.Packing.ZIP) {
            try (ZipFile z = new ZipFile(file.toFile())) {
                List<? extends ZipEntry> members = z.stream().filter(e -> !e.isDirectory()).toList();
                if (members.size() != 1) {
                    return null;   // several members, each with its own format: the row-by-row reader
                }
                try (InputStream in = z.getInputStream(members.get(0))) {
                    EventFormat f = gdelt(in);
                    return f == null ? null : new Fast(f, GdeltScan.Packing.ZIP, file + "!" + members.get(0).getName());
                }
            } catch (IOException e) {
                return null;   // a broken archive: the row-by-row reader says where it breaks
            }
        }
        boolean gz = packing == GdeltScan.Packing.GZIP;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = gz ? new GZIPInputStream(raw, 1 << 16) : raw) {
            EventFormat f = gdelt(in);
            return f == null ? null : new Fast(f, gz ? GdeltScan.Packing.GZIP : GdeltScan.Packing.PLAIN, file.toString());
        } catch (IOException e) {
            return null;   // the row-by-row reader reports the broken archive
        }
    }

    /** @return GDELT 2.0 or 1.0 when the first lines say so, else null */
    private static EventFormat gdelt(InputStream in) throws IOException {
        EventFormat f = detect(in);
        return f == EventFormat.GDELT2 || f == EventFormat.GDELT1 ? f : null;
    }

    /** @return the format the first lines say, or null */
    private static EventFormat detect(InputStream in) throws IOException {
        LineReader lines = new LineReader(in);
        List<String> head = new ArrayList<>();
        while (head.size() < DETECT_LINES) {
            try {
                String s = lines.next();
                if (s == null) {
                    break;
                }
                head.add(s);
            } catch (BadRowException e) {
                // as in detect(): a broken line does not vote
            }
        }
        return EventFormat.detect(head);
    }

    /** @return the file's batch, with its {@link FileBatch#checksum}, taken in the same pass */
    FileBatch read(Path file) {
        Fast fast = probe(file);
        if (fast != null) {
            return new GdeltScan(keys, countries, watches, progress, chunk, fast.format())
                    .scan(file, fast.packing(), fast.label());
        }
        Reported r = new Reported();
        reported = r;
        FileBatch b;
        try {
            b = readRowByRow(file);
        } catch (RuntimeException | Error e) {
            // a file not read to its end counts nothing, as the ingest may read it again or skip it
            progress.addBytes(-r.bytes);
            progress.addRows(-r.rows);
            throw e;
        } finally {
            reported = null;
        }
        // the rest: the totals are the file's size and its rows, whatever was reported on the way
        progress.addBytes(size(file) - r.bytes);
        progress.addRows(b.accepted + b.rejects.size() - r.rows);
        return b;
    }

    /** Rows the row-by-row reader reads between two reports to {@link #progress}. */
    static final int REPORT_EVERY = 4096;

    /**
     * What the row-by-row reader has told {@link #progress} of the file it reads, so that the file's
     * end adds only the rest: bytes of the file as stored (compressed ones for an archive) and rows.
     */
    private static final class Reported {
        /** Bytes of the file consumed so far, counted by a {@link CountingStream}. */
        long read;
        long bytes;
        long rows;
        int untilNext = REPORT_EVERY;
    }

    /** The file being read row by row through {@link #read(Path)}, or null (a stream read for another engine). */
    private Reported reported;

    /** Counts a row read; every {@link #REPORT_EVERY} rows, tells {@link #progress} how far the file has got. */
    private void tick(FileBatch batch) {
        Reported r = reported;
        if (r == null || --r.untilNext > 0) {
            return;
        }
        r.untilNext = REPORT_EVERY;
        long rows = batch.accepted + batch.rejects.size();
        long bytes = r.read;
        progress.addRows(rows - r.rows);
        progress.addBytes(bytes - r.bytes);
        r.rows = rows;
        r.bytes = bytes;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** @return the file read row by row, with its checksum taken in the same pass */
    FileBatch readRowByRow(Path file) {
        FileBatch both = readBothKinds(file);
        if (both != null) {
            return both;
        }
        Reported r = reported;
        try (InputStream stored = Files.newInputStream(file);
             FileChecksum.Reading raw = new FileChecksum.Reading(
                     new BufferedInputStream(r == null ? stored : new CountingStream(stored, n -> r.read += n), 1 << 16))) {
            FileBatch b = read(raw, file.getFileName().toString(), file.toString());
            raw.transferTo(java.io.OutputStream.nullOutputStream());   // the checksum covers every byte
            b.checksum = raw.checksum();
            return b;
        } catch (IOException e) {
            throw EventStore.cannotRead(file, e);
        }
    }

    /**
     * A zip archive holding both events and mentions, read through its directory with the event
     * members first, so that mentions keep their events whatever the members' order in the archive.
     *
     * @return the archive's batch, or null when the file is not such an archive or has no readable
     * directory (it is then read as a stream, in the archive's own order)
     */
    private FileBatch readBothKinds(Path file) {
        try (InputStream head = Files.newInputStream(file)) {
            if (packing(head.readNBytes(4), file.getFileName().toString()) != GdeltScan.Packing.ZIP) {
                return null;
            }
        } catch (IOException e) {
            return null;
        }
        try (ZipFile z = new ZipFile(file.toFile())) {
            Map<Boolean, List<ZipEntry>> kinds = kinds(z);
            if (kinds.get(true).isEmpty() || kinds.get(false).isEmpty()) {
                return null;
            }
            FileBatch batch = new FileBatch();
            List<ZipEntry> inOrder = new ArrayList<>(kinds.get(false));   // event members first
            inOrder.addAll(kinds.get(true));
            for (ZipEntry e : inOrder) {
                boolean whole = readMember(() -> z.getInputStream(e), file + "!" + e.getName(), e.getName(), batch);
                if (reported != null) {
                    reported.read += Math.max(0, e.getCompressedSize());   // read through the directory: member by member
                }
                if (!whole) {
                    break;   // a damaged member: its reject says so, as a stream read would
                }
            }
            batch.checksum = FileChecksum.of(file);
            return batch;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Reads a file's bytes row by row, from any stream (a local file, or an HDFS or S3 object
     * opened by another engine).
     *
     * @param raw   the file's bytes as stored, compressed or not; not closed here
     * @param name  the file's name, whose ending ({@code .gz}, {@code .zip}) says how to unpack it
     * @param label the name used in rejects
     * @return what the file gives
     */
    FileBatch read(InputStream raw, String name, String label) {
        FileBatch batch = new FileBatch();
        java.io.PushbackInputStream in = new java.io.PushbackInputStream(raw, 4);
        GdeltScan.Packing packing;
        try {
            byte[] head = in.readNBytes(4);
            in.unread(head);
            packing = packing(head, name);
        } catch (IOException e) {
            batch.rejects.add(new Reject(label, 1, "cannot read: " + e.getMessage(), ""));
            return batch;
        }
        switch (packing) {
            case ZIP -> readZip(in, label, batch);
            case GZIP -> readMember(() -> new GZIPInputStream(in, 1 << 16), label, null, batch);
            default -> readMember(() -> in, label, null, batch);
        }
        return batch;
    }

    /**
     * How a file is packed: its first bytes say, whatever its name (a gzip file saved as .CSV is
     * still gzip); when they say nothing, its name's ending, so that a damaged .gz or .zip is
     * reported as a broken archive.
     *
     * @param head the file's first bytes (up to four)
     * @param name the file's name
     * @return the packing
     */
    static GdeltScan.Packing packing(byte[] head, String name) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return GdeltScan.Packing.GZIP;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6)) {
            return GdeltScan.Packing.ZIP;
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".zip") ? GdeltScan.Packing.ZIP : lower.endsWith(".gz") ? GdeltScan.Packing.GZIP
                : GdeltScan.Packing.PLAIN;
    }

    private void readZip(InputStream raw, String label, FileBatch batch) {
        ZipInputStream zip = new ZipInputStream(raw);
        for (int members = 0; ; members++) {
            ZipEntry entry;
            try {
                entry = zip.getNextEntry();
            } catch (IOException e) {
                batch.rejects.add(new Reject(label, 0, broken(e), ""));
                return;
            }
            if (entry == null) {
                if (members == 0) {
                    batch.rejects.add(new Reject(label, 0, "not a zip archive, or one with no files in it; the file "
                            + "was not read", ""));
                }
                return;
            }
            if (!entry.isDirectory() && !readMember(() -> zip, label + "!" + entry.getName(), entry.getName(), batch)) {
                return;   // the archive broke inside this member: its reject says so, once
            }
        }
    }

    /**
     * The reason given for a compressed file that ends early or is damaged, and what to do.
     *
     * @param e what the decompressor said
     * @return the reason
     */
    static String broken(IOException e) {
        String m = e.getMessage();
        String why = m == null || m.startsWith("Unexpected end") ? "the compressed data ends early" : m;
        // a failed check (gzip's trailer, a zip entry's CRC) is found at the end of what it covers:
        // what inflated before it is not what was packed
        boolean corrupt = m != null && (m.startsWith("Corrupt GZIP trailer") || m.contains("invalid entry CRC"));
        return Reject.BROKEN_ARCHIVE + " (" + why + "); rows before this line were kept" + (corrupt ? ", though the "
                + "archive's check failed, so some of them hold damaged bytes" : "") + ". To replace the file "
                + "with a complete copy: entente events remove FILE, then ingest the copy";
    }

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * @param member the member's name in its zip archive, whose format the batch then records, or null
     * @return false when the stream broke (a reject then says so)
     */
    private boolean readMember(Opener opener, String label, String member, FileBatch batch) {
        LineReader lines = null;
        int firstReject = batch.rejects.size();
        String[] format = {null};
        try {
            java.io.PushbackInputStream in = new java.io.PushbackInputStream(opener.open(), 4);
            byte[] magic = in.readNBytes(4);
            in.unread(magic);
            if (packing(magic, "") != GdeltScan.Packing.PLAIN) {
                batch.rejects.add(new Reject(label, 1, nested(label), ""));
                return true;
            }
            lines = new LineReader(in);
            List<String[]> head = new ArrayList<>();
            IOException[] broke = new IOException[1];
            RowReader reader = detect(lines, label, batch, head, broke, format);
            if (reader == null) {
                if (broke[0] != null) {
                    throw broke[0];
                }
                return true;
            }
            for (String[] h : head) {
                row(reader, h, label, batch);
            }
            if (broke[0] != null) {
                throw broke[0];   // the archive broke within the lines read to detect the format: those are kept
            }
            readRest(lines, reader, label, batch);
            return true;
        } catch (IOException e) {
            long at = lines == null ? 1 : lines.lineNo() + 1;
            batch.rejects.add(new Reject(label, at, broken(e), ""));
            return false;
        } finally {
            // rows held back for format detection are read after the rejects among them: restore line order
            batch.rejects.subList(firstReject, batch.rejects.size()).sort(java.util.Comparator.comparingLong(Reject::line));
            if (member != null) {
                batch.members.add(new FileReport.Member(member, format[0] == null ? "unknown" : format[0]));
            }
        }
    }

    /**
     * @param label a zip member ({@code archive.zip!inner.zip}) or a {@code .gz} file whose bytes are
     *              themselves a zip or gzip archive
     * @return the reject's reason: such archives are not unpacked, and what to do
     */
    static String nested(String label) {
        String inner = label.substring(label.lastIndexOf('!') + 1);
        return "an archive inside an archive: archives within archives are not read; unpack "
                + java.nio.file.Path.of(inner).getFileName()
                + " and ingest the files it holds; it was not read";
    }

    /**
     * Reads the first lines, detects the format, and returns them (as {line no, text}) for reading.
     *
     * @param broke receives the error when the stream breaks within the first lines, which are then
     *              judged by the lines before the break
     * @param detected receives the format's id when one is recognised
     */
    private RowReader detect(LineReader lines, String label, FileBatch batch, List<String[]> head, IOException[] broke,
                             String[] detected) {
        int before = batch.rejects.size();
        List<String> texts = new ArrayList<>();
        while (head.size() < DETECT_LINES) {
            try {
                String s = lines.next();
                if (s == null) {
                    break;
                }
                head.add(new String[] {Long.toString(lines.lineNo()), s});
                texts.add(s);
            } catch (BadRowException e) {
                batch.rejects.add(new Reject(label, lines.lineNo(), e.getMessage(), lines.raw()));
            } catch (IOException e) {
                broke[0] = e;
                break;
            }
        }
        if (texts.isEmpty() && broke[0] != null) {
            return null;   // nothing to judge: the broken archive's reject says why
        }
        EventFormat format = EventFormat.detect(texts);
        if (format == null) {
            // a file that is not read gets one reject saying why, not one per broken line of its head
            List<Reject> broken = new ArrayList<>(batch.rejects.subList(before, batch.rejects.size()));
            batch.rejects.subList(before, batch.rejects.size()).clear();
            if (!texts.isEmpty() && gdeltCsvHeader(texts.get(0))) {
                batch.rejects.add(new Reject(label, Long.parseLong(head.get(0)[0]), "format not recognised: a "
                        + "comma-separated copy of GDELT rows with a header line (as pandas writes them, e.g. through "
                        + "gdeltPyR, or R's write.csv); Entente reads GDELT's own tab-separated files (YYYYMMDDHHMMSS.export.CSV.zip, "
                        + ".mentions.CSV.zip); the file was not read", texts.get(0)));
            } else if (!texts.isEmpty()) {
                batch.rejects.add(new Reject(label, Long.parseLong(head.get(0)[0]), "format not recognised: "
                        + Fields.count(texts.get(0), '\t') + " tab-separated fields (GDELT 1.0 has 57 or 58, "
                        + "GDELT 2.0 61, GDELT 2.0 mentions 16, ICEWS a header starting 'Event ID' or, as CSV, 'event_id'); the file was not read", texts.get(0)));
            } else if (!broken.isEmpty()) {
                batch.rejects.add(new Reject(label, broken.get(0).line(), "format not recognised: the first lines are "
                        + "not UTF-8 text (a binary file, or one compressed in a way Entente does not unpack); the file "
                        + "was not read", broken.get(0).raw()));
            } else {
                batch.rejects.add(new Reject(label, 1, "the file is empty", ""));
            }
            return null;
        }
        batch.formats.add(format.id());
        detected[0] = format.id();
        if (format == EventFormat.GDELT2_MENTIONS) {
            return MENTIONS;
        }
        if (format == EventFormat.ICEWS || format == EventFormat.ICEWS_CSV) {
            String[] header = head.remove(0);
            try {
                return new IcewsRows(header[1], format, countries);
            } catch (BadRowException e) {
                batch.rejects.add(new Reject(label, Long.parseLong(header[0]), e.getMessage() + "; the file was not read",
                        header[1]));
                return null;
            }
        }
        return new GdeltRows(format, countries);
    }

    /**
     * @param first a file's first line
     * @return whether it is the header of GDELT rows re-written as comma-separated values:
     * GLOBALEVENTID first, its names quoted (R's {@code write.csv}: {@code "GLOBALEVENTID","SQLDATE",...})
     * or not (pandas), after an empty column for row names or an index ({@code "",} or {@code ,}) or not
     */
    static boolean gdeltCsvHeader(String first) {
        String h = first.replace("\"", "").toLowerCase(java.util.Locale.ROOT);
        return h.startsWith("globaleventid,") || h.startsWith(",globaleventid,");
    }

    private void readRest(LineReader lines, RowReader reader, String label, FileBatch batch) throws IOException {
        while (true) {
            String s;
            try {
                s = lines.next();
            } catch (BadRowException e) {
                batch.rejects.add(new Reject(label, lines.lineNo(), e.getMessage(), lines.raw()));
                tick(batch);
                continue;
            }
            if (s == null) {
                return;
            }
            row(reader, new String[] {null, s}, label, batch, lines.lineNo());
            tick(batch);
        }
    }

    private void row(RowReader reader, String[] numbered, String label, FileBatch batch) {
        row(reader, numbered, label, batch, Long.parseLong(numbered[0]));
    }

    private void row(RowReader reader, String[] numbered, String label, FileBatch batch, long lineNo) {
        String text = numbered[1];
        if (text.isEmpty()) {
            return;
        }
        if (reader == MENTIONS) {
            mention(text, label, lineNo, batch);
            return;
        }
        Event e;
        try {
            e = reader.read(reader.split(text));
        } catch (BadRowException | IllegalArgumentException x) {
            batch.rejects.add(new Reject(label, lineNo, x.getMessage(), text));
            return;
        }
        batch.accept(e);
        if (Watch.anyCovers(watches, e)) {
            batch.watched.add(new FileBatch.Located(label, lineNo, e));
            FileBatch.checkHeld(label, batch.watched.size() + batch.mentions.size());
        }
    }

    /**
     * @return whether an earlier member of the same archive held the event, watched (GDELT
     * publishes an update's export and mentions as two archives, but one may hold both)
     */
    private boolean watchedHere(FileBatch batch, long id) {
        if (batch.watched.isEmpty()) {
            return false;
        }
        if (idsOf != batch) {
            idsOf = batch;
            ids.clear();
            idsSeen = 0;
        }
        for (; idsSeen < batch.watched.size(); idsSeen++) {
            Event e = batch.watched.get(idsSeen).event();
            if (e.format().source().equals("gdelt")) {
                ids.add(e.id());
            }
        }
        return ids.contains(Long.toString(id));
    }

    /** The ids of the GDELT events watched so far in {@link #idsOf}, the first {@link #idsSeen} of its watched events. */
    private final java.util.Set<String> ids = new java.util.HashSet<>();
    private FileBatch idsOf;
    private int idsSeen;

    /** Reads a mentions row: rejected when bad, else counted, and kept when its event is one the store keeps. */
    private void mention(String text, String label, long lineNo, FileBatch batch) {
        Mention m;
        try {
            m = MentionRows.read(Fields.split(text, '\t'));
        } catch (BadRowException | IllegalArgumentException x) {
            batch.rejects.add(new Reject(label, lineNo, x.getMessage(), text));
            return;
        }
        batch.accepted++;
        if (keptEvents.test(m.eventId()) || watchedHere(batch, m.eventId())) {
            batch.mentions.add(new FileBatch.LocatedMention(label, lineNo, m));
            FileBatch.checkHeld(label, batch.watched.size() + batch.mentions.size());
        }
    }
}
