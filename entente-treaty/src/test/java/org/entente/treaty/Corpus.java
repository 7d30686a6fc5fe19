package org.entente.treaty;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads test fixtures from this package's resources. */
final class Corpus {

    private Corpus() {
    }

    static String read(String resource) {
        try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    static TreatyCoding code(String resource) {
        return new TreatyCoder().code(resource.substring(resource.lastIndexOf('/') + 1), read(resource));
    }
}
