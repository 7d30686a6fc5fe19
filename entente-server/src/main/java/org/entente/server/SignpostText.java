package org.entente.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Records what has been seen of a signpost ({@code outlook.signposts[].observed}) by changing,
 * adding or removing that one line of the case file. The signpost is found through the YAML
 * node tree, which keeps every node's line, and the edit is made on the text, so the rest of
 * the file stays as written.
 */
final class SignpostText {

    private SignpostText() {
    }

    /**
     * @param file     the case file's text
     * @param id       the signpost's id
     * @param observed yes, no, or empty for unknown (the line is removed)
     * @return the line changed, before and after
     * @throws ApiProblem 404 for an unknown signpost; 400 when the signpost is written in flow style
     */
    static CaseText.Changed observe(CaseText file, String id, Optional<Boolean> observed) {
        MappingNode sp = find(file, id);
        if (sp.getFlowStyle() == FlowStyle.FLOW) {
            throw ApiProblem.badRequest("signpost '" + id + "' is written in flow style ({...})",
                    "write it as a block mapping, one key per line, to edit it here");
        }
        int indent = column(sp.getValue().get(0).getKeyNode());
        int keyLine = -1;
        int insertAt = line(sp.getValue().get(0).getKeyNode()) + 1;
        for (NodeTuple t : sp.getValue()) {
            String key = text(t.getKeyNode());
            if (key.equals("observed")) {
                keyLine = line(t.getKeyNode());
            } else if (key.equals("sources")) {
                insertAt = line(t.getKeyNode());
            }
        }
        return file.setKey(keyLine, insertAt, indent, "observed", observed.map(o -> o ? "yes" : "no").orElse(null));
    }

    private static MappingNode find(CaseText file, String id) {
        Node root;
        try {
            root = new Compose(LoadSettings.builder().setAllowDuplicateKeys(true).build())
                    .composeString(file.toString()).orElse(null);
        } catch (YamlEngineException e) {
            throw new ApiProblem(409, "the case file does not parse as YAML", "run entente validate on it and fix it first");
        }
        List<String> known = new ArrayList<>();
        for (Node n : items(child(child(root, "outlook"), "signposts"))) {
            Node sid = child(n, "id");
            if (sid != null) {
                known.add(text(sid));
                if (text(sid).equals(id)) {
                    return (MappingNode) n;
                }
            }
        }
        throw ApiProblem.notFound("no signpost '" + Html.clip(id) + "'", known.isEmpty()
                ? "the case has no signposts under outlook" : "signposts: " + String.join(", ", known));
    }

    private static Node child(Node n, String key) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (text(t.getKeyNode()).equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static List<Node> items(Node n) {
        List<Node> out = new ArrayList<>();
        if (n instanceof SequenceNode s) {
            s.getValue().stream().filter(x -> x instanceof MappingNode).forEach(out::add);
        }
        return out;
    }

    private static String text(Node n) {
        return n instanceof ScalarNode s ? s.getValue() : "";
    }

    private static int line(Node n) {
        return n.getStartMark().map(m -> m.getLine()).orElseThrow();
    }

    private static int column(Node n) {
        return n.getStartMark().map(m -> m.getColumn()).orElseThrow();
    }
}
