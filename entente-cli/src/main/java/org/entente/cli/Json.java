package org.entente.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.entente.model.PartialDate;
import org.entente.model.Reliability;
import org.entente.model.Word;

/**
 * The JSON form of Entente's values: vocabulary words as written in case files, dates at their
 * own precision, absent optionals left out. Built only when a command is asked for JSON, so
 * that text output starts fast.
 */
final class Json {

    private Json() {
    }

    static ObjectMapper mapper() {
        SimpleModule words = new SimpleModule("entente");
        words.addSerializer(Word.class, new ToText<>());
        words.addSerializer(PartialDate.class, new ToText<>());
        words.addSerializer(Reliability.class, new ToText<>());
        words.addSerializer(java.nio.file.Path.class, new ToText<>());
        words.addSerializer(java.time.LocalDate.class, new ToText<>());
        words.addSerializer(java.time.YearMonth.class, new ToText<>());
        return new ObjectMapper()
                .registerModule(new Jdk8Module().configureAbsentsAsNulls(true))
                .registerModule(words)
                .setSerializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(mapper().writeValueAsString(value));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }

    /** Writes a value as its {@code id()} (for words) or {@code toString()}. */
    private static final class ToText<T> extends JsonSerializer<T> {
        @Override
        public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value instanceof Word w ? w.id() : value.toString());
        }
    }
}
