package io.cdnsim.config;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What a scenario, topology or price sheet may not be, seen on the composed YAML before any value is bound: more
 * than one document (a {@code ---} between two), or a value with a tag that plain YAML does not give it
 * ({@code !!binary}, {@code !!python/...}, {@code !custom}), which would make a value mean something other than what
 * is written. The tags a plain value resolves to anyway ({@code !!str}, {@code !!int}, a date's
 * {@code !!timestamp}, ...) are allowed.
 */
final class YamlSurface {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP);

    private YamlSurface() {
    }

    /**
     * @param root the composed document
     * @param file the file as the user named it
     * @return the first node with a tag that is not plain, or null if none
     */
    static Problem tagged(Node root, String file) {
        Node found = firstTagged(root, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
        if (found == null) {
            return null;
        }
        String tag = found.getTag().getValue();
        String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
        return at(file, found.getStartMark(), "the tag '" + shown + "' is not allowed; write the value without a tag");
    }

    /**
     * @param file the file as the user named it
     * @param what what kind of file it is ("scenario")
     * @param at   where the second document starts
     * @return the problem of a file of more than one document
     */
    static Problem secondDocument(String file, String what, Mark at) {
        return at(file, at, "this file holds more than one YAML document (a '---' separates them); a " + what
                + " file is one document");
    }

    /**
     * Depth-first over mappings and lists, each node once (an alias shares a node: a "billion laughs" document is a
     * small graph, walked in time linear in its text), no deeper than a document may nest (what is deeper is refused
     * when the document is read).
     */
    private static Node firstTagged(Node node, int depth, Set<Node> seen) {
        if (!PLAIN_TAGS.contains(node.getTag())) {
            return node;
        }
        if (depth > Documents.MAX_NESTING || !seen.add(node)) {
            return null;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                Node k = firstTagged(t.getKeyNode(), depth + 1, seen);
                if (k != null) {
                    return k;
                }
                Node v = firstTagged(t.getValueNode(), depth + 1, seen);
                if (v != null) {
                    return v;
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (Node item : seq.getValue()) {
                Node i = firstTagged(item, depth + 1, seen);
                if (i != null) {
                    return i;
                }
            }
        }
        return null;
    }

    private static Problem at(String file, Mark mark, String message) {
        return new Problem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, "",
                message);
    }
}
