package org.entente.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * The JSON form of Entente's values: vocabulary words as written in case files, dates at their
 * own precision, absent optionals left out. Built only when a command is asked for JSON, so
 * that text output starts fast.
 */
final class Json {

    private Json() {
    }

    static ObjectMapper mapper() {
        // one definition of Entente's JSON, shared with the web API
        return org.entente.server.JsonMapping.mapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(mapper().writeValueAsString(value));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON", e);
        }
    }
}
