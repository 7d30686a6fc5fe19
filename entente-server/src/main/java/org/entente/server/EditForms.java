package org.entente.server;

import java.util.List;
import java.util.Map;
import org.entente.model.Case;
import org.entente.model.Confidence;
import org.entente.model.Dimension;
import org.entente.model.Direction;
import org.entente.model.Outlook;
import org.entente.model.SourceKind;
import org.entente.model.Stance;
import org.entente.model.Strength;
import org.entente.model.Word;

/**
 * The edit forms the pages carry: add evidence and add a source (evidence page), add an event
 * (timeline page), record a signpost (scenarios page). Each posts to its page's own path with
 * the case's version in a hidden field, so an edit made from a stale page is refused (409)
 * rather than applied blind. A refused form comes back filled, with the validator's problems.
 */
final class EditForms {

    /**
     * A form as it was sent, shown again with what was wrong with it.
     *
     * @param form    which form: evidence, sources, event or observation
     * @param values  the fields as posted
     * @param problem why it was refused
     */
    record Filled(String form, Map<String, List<String>> values, ApiProblem problem) {

        /** @return nothing filled: every form blank */
        static Filled none() {
            return new Filled("", Map.of(), null);
        }

        String value(String form, String key) {
            List<String> v = form.equals(this.form) ? values.get(key) : null;
            return v == null || v.isEmpty() ? "" : v.get(0);
        }

        List<String> all(String form, String key) {
            return form.equals(this.form) ? values.getOrDefault(key, List.of()) : List.of();
        }
    }

    private final String caseId;
    private final String version;
    private final boolean token;
    private final Filled filled;

    EditForms(Api api, String caseId, Filled filled) {
        this.caseId = caseId;
        this.version = api.edits().version(caseId);
        this.token = api.tokenNeeded();
        this.filled = filled;
    }

    /** @return the forms to add an evidence item and a source */
    String evidence() {
        return open("evidence", "Add evidence", "evidence")
                + field("evidence", "id", "Id", "ev-military-example")
                + area("evidence", "claim", "Claim")
                + select("evidence", "dimension", "Dimension", Dimension.values())
                + select("evidence", "stance", "Stance", Stance.values())
                + select("evidence", "strength", "Strength", Strength.values())
                + field("evidence", "period_from", "From (YYYY, YYYY-MM or YYYY-MM-DD)", "2022-08")
                + field("evidence", "period_to", "To (leave empty while ongoing)", "")
                + field("evidence", "events", "Timeline events (ids, comma-separated)", "")
                + field("evidence", "sources", "Sources (ids, comma-separated)", "brief-2025")
                + close("Add evidence")
                + open("sources", "Add a source", "sources")
                + field("sources", "id", "Id", "reuters-2026-01-01")
                + select("sources", "kind", "Kind", SourceKind.values())
                + field("sources", "title", "Title", "")
                + field("sources", "author", "Author", "")
                + field("sources", "publisher", "Publisher", "")
                + field("sources", "date", "Date", "2026-01-01")
                + field("sources", "url", "URL", "https://")
                + field("sources", "reliability", "Reliability (Admiralty code)", "B2")
                + close("Add source");
    }

    /** @return the form to add a timeline event */
    String event() {
        StringBuilder dims = new StringBuilder("<fieldset><legend>Dimensions</legend>");
        List<String> ticked = filled.all("event", "dimensions");
        for (Dimension d : Dimension.values()) {
            dims.append("<label class=\"tick\"><input type=\"checkbox\" name=\"dimensions\" value=\"").append(Html.text(d.id()))
                    .append("\"").append(ticked.contains(d.id()) ? " checked" : "").append("> ").append(Html.text(d.id()))
                    .append("</label>");
        }
        dims.append("</fieldset>");
        return open("event", "Add an event", "timeline")
                + field("event", "id", "Id", "summit-2026")
                + field("event", "date", "Date (YYYY, YYYY-MM or YYYY-MM-DD)", "2026-01-01")
                + field("event", "title", "What happened", "")
                + dims
                + select("event", "direction", "Direction", Direction.values())
                + select("event", "confidence", "Confidence", Confidence.values())
                + field("event", "sources", "Sources (ids, comma-separated)", "brief-2025")
                + area("event", "note", "Note")
                + close("Add event");
    }

    /** @return the form recording what has been seen of a signpost, or "" when the case has none */
    String observation(Case c) {
        List<Outlook.Signpost> signposts = c.outlook().map(Outlook::signposts).orElse(List.of());
        if (signposts.isEmpty()) {
            return "";
        }
        String chosen = filled.value("observation", "signpost");
        StringBuilder b = new StringBuilder(open("observation", "Record a signpost in the case file", "signposts"))
                .append("<p>The board above asks \u201cwhat if\u201d; this writes the answer into the case file.</p>")
                .append("<label>Signpost <select name=\"signpost\">");
        for (Outlook.Signpost s : signposts) {
            String seen = s.observed().map(o -> o ? "yes" : "no").orElse("unknown");
            b.append("<option value=\"").append(Html.text(s.id())).append("\"").append(s.id().equals(chosen) ? " selected" : "")
                    .append(">").append(Html.text(s.title())).append(" (now: ").append(seen).append(")</option>");
        }
        b.append("</select></label><label>Observed <select name=\"observed\">");
        for (String o : List.of("yes", "no", "unknown")) {
            b.append("<option").append(o.equals(filled.value("observation", "observed")) ? " selected" : "").append(">")
                    .append(o).append("</option>");
        }
        return b.append("</select></label>").append(close("Record")).toString();
    }

    private String open(String form, String title, String path) {
        StringBuilder b = new StringBuilder("<details class=\"edit\" id=\"form-").append(form).append("\"")
                .append(form.equals(filled.form()) ? " open" : "").append("><summary>").append(Html.text(title))
                .append("</summary><form method=\"post\" action=\"/cases/").append(Html.path(caseId)).append("/")
                .append(path).append("\"><input type=\"hidden\" name=\"version\" value=\"").append(Html.text(version))
                .append("\">");
        if (form.equals(filled.form()) && filled.problem() != null) {
            ApiProblem p = filled.problem();
            b.append("<div class=\"form-errors\" role=\"alert\"><p class=\"error\">").append(Html.text(p.getMessage()))
                    .append("</p>");
            if (p.problems().isEmpty()) {
                b.append("<p>").append(Html.text(p.hint())).append("</p>");
            } else {
                b.append("<ul>");
                p.problems().forEach(x -> b.append("<li><code>").append(Html.text(x.get("text"))).append("</code><br><small>")
                        .append(Html.text(x.get("hint"))).append("</small></li>"));
                b.append("</ul>");
            }
            b.append("</div>");
        }
        return b.toString();
    }

    private String close(String button) {
        String who = "<label>Your name (for the audit trail) <input name=\"editor\" value=\""
                + Html.text(filled.form().isEmpty() ? "" : first("editor")) + "\"></label>";
        String tok = token ? "<label>Write token <input type=\"password\" name=\"token\" autocomplete=\"off\"></label>" : "";
        return who + tok + "<button type=\"submit\">" + Html.text(button) + "</button></form></details>";
    }

    private String first(String key) {
        List<String> v = filled.values().get(key);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    private String field(String form, String name, String label, String placeholder) {
        return "<label>" + Html.text(label) + " <input name=\"" + name + "\" value=\"" + Html.text(filled.value(form, name))
                + "\" placeholder=\"" + Html.text(placeholder) + "\"></label>";
    }

    private String area(String form, String name, String label) {
        return "<label>" + Html.text(label) + " <textarea name=\"" + name + "\" rows=\"3\">"
                + Html.text(filled.value(form, name)) + "</textarea></label>";
    }

    private String select(String form, String name, String label, Word[] words) {
        String chosen = filled.value(form, name);
        StringBuilder b = new StringBuilder("<label>").append(Html.text(label)).append(" <select name=\"").append(name)
                .append("\"><option value=\"\">\u2014</option>");
        for (Word w : words) {
            b.append("<option").append(w.id().equals(chosen) ? " selected" : "").append(">").append(Html.text(w.id()))
                    .append("</option>");
        }
        return b.append("</select></label>").toString();
    }
}
