package org.entente.spark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.entente.events.FileChecksum;
import org.entente.events.Reject;
import org.entente.events.RowRollup;

/**
 * What one input file gives, as Spark rows: the ledger entry (path, size, checksum, format and
 * counts), the file's dyad-month groups and state-month volumes, and its rejects. Built on an
 * executor by {@link #of}, which reads the file through Hadoop's file system (local, HDFS, S3).
 */
final class FileRead implements Serializable {

    private static final long serialVersionUID = 1L;

    final String path;
    final long size;
    final String checksum;
    final String format;
    final long accepted;
    final long dyadic;
    final LocalDate first;
    final LocalDate last;
    final List<Row> groups;
    final List<Row> volumes;
    final List<Row> rejects;

    private FileRead(String path, long size, String checksum, RowRollup.FileRollup r) {
        this.path = path;
        this.size = size;
        this.checksum = checksum;
        this.format = r.format();
        this.accepted = r.accepted();
        this.dyadic = r.dyadic();
        this.first = r.first();
        this.last = r.last();
        this.groups = new ArrayList<>(r.groups().size());
        for (RowRollup.Group g : r.groups()) {
            groups.add(RowFactory.create(g.source(), g.actor1(), g.actor2(), g.month(), g.root(), g.quadClass(),
                    g.dimension(), g.events(), g.distinctReports(), g.goldsteinSum(), g.goldsteinWeighted(),
                    g.mentions(), g.sources(), g.articles(), g.toneSum(), g.toned()));
        }
        this.volumes = new ArrayList<>(r.volumes().size());
        for (RowRollup.Volume v : r.volumes()) {
            volumes.add(RowFactory.create(v.source(), v.actor(), v.month(), v.events()));
        }
        this.rejects = new ArrayList<>(r.rejects().size());
        for (Reject x : r.rejects()) {
            rejects.add(RowFactory.create(checksum, x.file(), x.line(), x.reason(), x.raw()));
        }
    }

    /**
     * Reads one whole file, computing its {@link FileChecksum} on the way (the store's ledger key).
     *
     * @param reader the rollup reader of this task
     * @param uri    the file's URI as Spark lists it
     * @param bytes  its bytes
     * @return what it gives
     */
    static FileRead of(RowRollup reader, String uri, PortableDataStream bytes) {
        String label = label(uri);
        String name = label.substring(label.lastIndexOf('/') + 1);
        try (InputStream in = bytes.open()) {
            FileChecksum.Reading sum = new FileChecksum.Reading(new BufferedInputStream(in, 1 << 16));
            RowRollup.FileRollup r = reader.read(sum, name, label);   // the reader leaves the stream open
            sum.transferTo(OutputStream.nullOutputStream());   // a zip's central directory, a gzip trailer: every byte counts
            return new FileRead(label, sum.size(), sum.checksum(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(uri + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** @return a local file's path as the embedded store labels it, any other URI unchanged */
    static String label(String uri) {
        URI u = URI.create(uri.replace(" ", "%20"));
        return "file".equals(u.getScheme()) ? u.getPath() : uri;
    }

    /** @return the ledger row: checksum, path, size, format, rows_accepted, rows_rejected, rows_dyadic, first, last */
    Row ledger() {
        return RowFactory.create(checksum, path, size, format, accepted, (long) rejects.size(), dyadic, first, last);
    }
}
