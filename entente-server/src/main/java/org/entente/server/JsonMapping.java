package org.entente.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.entente.model.PartialDate;
import org.entente.model.Reliability;
import org.entente.model.Word;

/**
 * The JSON form of Entente's values, for the API and the command line alike: vocabulary words as
 * written in case files, dates at their own precision, absent optionals left out.
 */
public final class JsonMapping {

    private JsonMapping() {
    }

    /** @return a mapper configured for Entente's values (thread-safe once built) */
    public static ObjectMapper mapper() {
        SimpleModule words = new SimpleModule("entente");
        words.addSerializer(Word.class, new ToText<>());
        words.addSerializer(PartialDate.class, new ToText<>());
        words.addSerializer(Reliability.class, new ToText<>());
        words.addSerializer(java.nio.file.Path.class, new ToText<>());
        // ISO dates (2019-10-24), as the command line prints them; event coverage and the ledger carry them
        words.addSerializer(java.time.LocalDate.class, new ToText<>());
        words.addSerializer(java.time.YearMonth.class, new ToText<>());
        return new ObjectMapper()
                .registerModule(new Jdk8Module().configureAbsentsAsNulls(true))
                .registerModule(words)
                .setSerializationInclusion(JsonInclude.Include.NON_ABSENT);
    }

    /**
     * JSON safe to place inside an HTML {@code <script type="application/json">} element:
     * {@code <}, {@code >} and {@code &} are written as Unicode escapes, so no text in the data
     * can close the element or open another.
     */
    static String forHtml(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write page data as JSON", e);
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
