package org.entente.server;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The write routes: the JSON API ({@code POST /api/cases/{id}/evidence}, {@code .../timeline},
 * {@code .../sources}, {@code PUT .../signposts/{signpost}}) and the same edits posted from the
 * pages' forms. Every write has passed {@link Guard} (origin and token) before it gets here.
 * The API answers 201 with the new version as an ETag; a form is answered with a redirect to
 * the item, or with its page again, the form still filled and the problems listed.
 */
final class EditRoutes {

    /** The header an API client names its user with, for the audit trail. */
    static final String USER_HEADER = "X-Entente-User";

    private final Api api;
    private final ObjectMapper mapper;

    EditRoutes(Api api, ObjectMapper mapper) {
        this.api = api;
        this.mapper = mapper;
    }

    void register(Routes routes) {
        routes.post("/api/cases/{id}/evidence", ctx -> answer(ctx, EditRequests.evidence(body(ctx)), 201));
        routes.post("/api/cases/{id}/timeline", ctx -> answer(ctx, EditRequests.event(body(ctx)), 201));
        routes.post("/api/cases/{id}/sources", ctx -> answer(ctx, EditRequests.source(body(ctx)), 201));
        routes.put("/api/cases/{id}/signposts/{signpost}", ctx -> answer(ctx, EditRequests.observation(
                ctx.pathParam("signpost"), EditFields.observed(body(ctx))), 200));
        // as audit.jsonl has them: an addition's "before" is null, not left out
        routes.get("/api/cases/{id}/audit", ctx -> ctx.contentType("application/json")
                .result(api.edits().audit().json(api.library().folder(ctx.pathParam("id")))));
        routes.post("/cases/{id}/evidence", ctx -> form(ctx, "evidence", "evidence",
                f -> EditRequests.evidence(EditRequests.evidenceForm(f))));
        routes.post("/cases/{id}/sources", ctx -> form(ctx, "sources", "evidence",
                f -> EditRequests.source(EditRequests.sourceForm(f))));
        routes.post("/cases/{id}/timeline", ctx -> form(ctx, "event", "timeline",
                f -> EditRequests.event(EditRequests.eventForm(f))));
        routes.post("/cases/{id}/signposts", ctx -> form(ctx, "observation", "scenarios",
                f -> EditRequests.observation(first(f, "signpost").orElse(""), first(f, "observed").orElse(null))));
    }

    private void answer(Context ctx, CaseEdits.Edit edit, int created) {
        String id = ctx.pathParam("id");
        Optional<String> ifMatch = Optional.ofNullable(ctx.header("If-Match")).filter(s -> !s.isBlank());
        CaseEdits.Applied a = api.edits().apply(id, edit, ifMatch, who(ctx, ctx.header(USER_HEADER), "api"));
        ctx.header("ETag", "\"" + a.version() + "\"");
        ctx.status(a.changed() ? created : 200).json(a);
    }

    private void form(Context ctx, String form, String page, Function<Map<String, List<String>>, CaseEdits.Edit> edit) {
        String id = ctx.pathParam("id");
        if (!String.valueOf(ctx.contentType()).toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            // the pages' forms send this; anything else (multipart with a broken body, say) is refused unread
            throw new ApiProblem(415, "a form is sent as application/x-www-form-urlencoded, not " + ctx.contentType(),
                    "send the page's form as the browser does, or use the JSON API under /api");
        }
        api.library().folder(id);
        try {
            // decoded here, not by the container, which would save bytes that are not UTF-8 as U+FFFD
            Map<String, List<String>> fields = FormBody.parse(ctx.bodyAsBytes());
            FormBody.once(fields, REPEATABLE, "the field", "give it once (only 'dimensions' may repeat, one per ticked box)");
            Optional<String> version = first(fields, "version").filter(s -> !s.isBlank());
            CaseEdits.Applied a = api.edits().apply(id, edit.apply(fields), version,
                    who(ctx, first(fields, "editor").orElse(null), "form"));
            String anchor = form.equals("sources") ? "src-" + a.item() : a.item();
            ctx.redirect("/cases/" + Html.path(id) + "/" + page + "#" + Html.path(anchor), HttpStatus.SEE_OTHER);
        } catch (ApiProblem p) {
            if (p.status() != 400 && p.status() != 409 && !(p.status() == 404 && form.equals("observation"))) {
                throw p;
            }
            // redrawn from the body as typed: the container's decoding drops a field with a broken escape
            EditForms.Filled filled = new EditForms.Filled(form, FormBody.lenient(ctx.bodyAsBytes()), p);
            ctx.status(p.status()).html(switch (page) {
                case "timeline" -> new RecordPages(api, mapper).timeline(ctx, filled);
                case "scenarios" -> new ScenariosPage(api, mapper).render(ctx, filled);
                default -> new RecordPages(api, mapper).evidence(id, filled);
            });
        }
    }

    /** Form fields that may come more than once: the timeline form's ticked dimension boxes. */
    private static final java.util.Set<String> REPEATABLE = java.util.Set.of("dimensions");

    private static Optional<String> first(Map<String, List<String>> form, String key) {
        List<String> v = form.get(key);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
    }

    private CaseEdits.Who who(Context ctx, String given, String via) {
        String name = given == null ? "" : given.replaceAll("\\p{Cntrl}", " ").strip();
        if (name.length() > 80) {
            name = name.substring(0, 80);
        }
        if (name.isEmpty()) {
            name = api.tokenNeeded() ? "token holder" : "anonymous";
        }
        return new CaseEdits.Who(name, via, ctx.ip());
    }

    /** @return Jackson's reason without its source excerpt, then the line and column */
    static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String reason = e.getOriginalMessage().replaceAll("\\s+", " ").strip();
        return at == null || at.getLineNr() < 1 ? reason
                : reason + " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }

    /**
     * Refuses, before reading it, a body not sent as JSON: the API reads JSON only, and a body
     * sent as text or as a form that happens to parse was not meant for it. A charset or other
     * parameter after the type does not matter; neither do capitals.
     */
    static void json(Context ctx) {
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!media.equals("application/json")) {
            throw new ApiProblem(415, (media.isEmpty() ? "the body is sent without a Content-Type"
                    : "the body is sent as " + Html.clip(media)) + "; this route reads JSON only",
                    "send the JSON object with the header Content-Type: application/json"
                            + " (the pages' forms post to /cases/..., not to /api)");
        }
    }

    private Map<String, Object> body(Context ctx) {
        json(ctx);
        try {
            byte[] bytes = ctx.bodyAsBytes();
            if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                throw ApiProblem.badRequest("the body is empty", "send one JSON object, e.g. {\"id\": \"...\", ...}");
            }
            // a key given twice, or a second value after the object, would otherwise be decided silently
            Object v = mapper.readerFor(Object.class).with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(bytes);
            if (v instanceof Map<?, ?> m) {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, x) -> out.put(String.valueOf(k), x));
                EditFields.checkText(out);
                return out;
            }
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("the body is not valid JSON: " + where(e),
                    "send one JSON object, each key once, Content-Type: application/json");
        } catch (IOException e) {
            throw ApiProblem.badRequest("the body cannot be read: " + e.getMessage(), "send the request again");
        }
        throw ApiProblem.badRequest("the body must be a JSON object", "e.g. {\"id\": \"...\", ...}");
    }
}
