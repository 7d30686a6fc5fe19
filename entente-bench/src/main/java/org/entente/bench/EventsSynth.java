package org.entente.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Writes synthetic GDELT 2.0 export files for the events benchmark ({@code bench/events.sh}).
 * Each row is assembled from blocks of real rows (the five 15-minute exports in the shared data
 * folder): the actor 1 block, the actor 2 block, the event block (code, root, quad class,
 * Goldstein, which GDELT keeps consistent), the counts and tone, and the three geography blocks
 * each come from an independently drawn real row. The marginals of every block (empty country
 * codes, the skew of country frequencies, CAMEO codes, tones, place names, row lengths) are thus
 * the real ones. Dates follow the real files too: each synthetic file is a month of consecutive
 * 15-minute updates (file i is month i of 2019), and an event is dated on its update's day (96%),
 * earlier in the same month (1%) or up to a year before (3%, half of it exactly a year before, as
 * GDELT's re-reports are). URLs are made distinct per article (an article gives one to six events,
 * as in GDELT). Seeded: the same arguments give the same bytes.
 *
 * <p>Usage: {@code EventsSynth REAL_DIR OUT_DIR TOTAL_MB FILES [SEED]}
 */
public final class EventsSynth {

    private final List<String[]> real;

    private EventsSynth(List<String[]> real) {
        this.real = real;
    }

    /**
     * @param args REAL_DIR OUT_DIR TOTAL_MB FILES [SEED]
     * @throws Exception when a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        Path realDir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        long totalBytes = Long.parseLong(args[2]) * 1_000_000L;
        int files = Integer.parseInt(args[3]);
        long seed = args.length > 4 ? Long.parseLong(args[4]) : 20240601L;
        List<String[]> real = new ArrayList<>();
        try (Stream<Path> s = Files.list(realDir)) {
            for (Path p : s.filter(p -> p.getFileName().toString().matches("\\d{14}\\.export\\.CSV")).sorted().toList()) {
                for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    String[] f = line.split("\t", -1);
                    if (f.length == 61) {
                        real.add(f);
                    }
                }
            }
        }
        System.out.printf("EventsSynth: %,d real rows as templates, writing %d files, %,d MB in all, seed %d%n",
                real.size(), files, totalBytes / 1_000_000, seed);
        Files.createDirectories(out);
        EventsSynth synth = new EventsSynth(real);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        List<Future<?>> jobs = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            Path target = out.resolve(String.format("2019%02d%02d000000.export.CSV", 1 + i / 28, 1 + i % 28));
            long s = seed * 1_000_003L + i;
            long ids = 800_000_000L + i * 100_000_000L;
            java.time.LocalDate month = java.time.LocalDate.of(2019, 1, 1).plusMonths(i);
            jobs.add(pool.submit(() -> synth.write(target, totalBytes / files, new SplittableRandom(s), ids, month)));
        }
        for (Future<?> j : jobs) {
            j.get();
        }
        pool.shutdown();
    }

    private Void write(Path target, long bytes, SplittableRandom rnd, long firstId, java.time.LocalDate month)
            throws IOException {
        long written = 0;
        long id = firstId;
        StringBuilder sb = new StringBuilder(1024);
        String url = "";
        int left = 0;
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
            while (written < bytes) {
                if (left-- <= 0) {
                    left = 1 + rnd.nextInt(6);
                    url = url(pick(rnd)[60], rnd);
                }
                sb.setLength(0);
                java.time.LocalDate added = month.plusDays(written * month.lengthOfMonth() / bytes);
                row(sb, id++, rnd, url, added);
                byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
                o.write(b);
                written += b.length;
            }
        }
        System.out.printf("  %s  %,d rows  %,d bytes%n", target, id - firstId, written);
        return null;
    }

    private String[] pick(SplittableRandom rnd) {
        return real.get(rnd.nextInt(real.size()));
    }

    private void row(StringBuilder sb, long id, SplittableRandom rnd, String url, java.time.LocalDate added) {
        double u = rnd.nextDouble();
        java.time.LocalDate d = u < 0.96 ? added : u < 0.97 ? added.withDayOfMonth(1 + rnd.nextInt(added.getDayOfMonth()))
                : u < 0.985 ? added.minusYears(1) : added.minusDays(1 + rnd.nextInt(365));
        int year = d.getYear();
        int month = d.getMonthValue();
        int day = d.getDayOfMonth();
        String[] f = new String[61];
        f[0] = Long.toString(id);
        f[1] = String.format("%04d%02d%02d", year, month, day);
        f[2] = f[1].substring(0, 6);
        f[3] = Integer.toString(year);
        f[4] = String.format("%.4f", year + (month - 1) / 12.0 + day / 365.0);
        copy(f, pick(rnd), 5, 15);     // actor 1: code, name, country, groups, ethnic, religion, types
        copy(f, pick(rnd), 15, 25);    // actor 2
        copy(f, pick(rnd), 25, 31);    // IsRootEvent, EventCode, base, root, quad class, Goldstein
        copy(f, pick(rnd), 31, 35);    // mentions, sources, articles, tone
        copy(f, pick(rnd), 35, 43);    // actor 1 geography
        copy(f, pick(rnd), 43, 51);    // actor 2 geography
        copy(f, pick(rnd), 51, 59);    // action geography
        f[59] = String.format("%04d%02d%02d%02d%02d00", added.getYear(), added.getMonthValue(), added.getDayOfMonth(),
                rnd.nextInt(24), 15 * rnd.nextInt(4));
        f[60] = url;
        for (int i = 0; i < 61; i++) {
            if (i > 0) {
                sb.append('\t');
            }
            sb.append(f[i]);
        }
        sb.append('\n');
    }

    private static void copy(String[] to, String[] from, int start, int end) {
        System.arraycopy(from, start, to, start, end - start);
    }

    /** A real URL made distinct: a numeric article id replaces or follows its last path segment's digits. */
    private static String url(String real, SplittableRandom rnd) {
        String id = Long.toString(1_000_000L + rnd.nextInt(90_000_000));
        int q = real.indexOf('?');
        String base = q < 0 ? real : real.substring(0, q);
        return base.endsWith("/") ? base + id : base + "-" + id;
    }
}
