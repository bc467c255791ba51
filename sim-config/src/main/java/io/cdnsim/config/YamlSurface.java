package io.cdnsim.config;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * What a scenario, topology or price sheet may not be, seen on the composed YAML before any value is bound: more
 * than one document (a {@code ---} between two), or a value with a tag that plain YAML does not give it
 * ({@code !!binary}, {@code !!python/...}, {@code !custom}), which would make a value mean something other than what
 * is written. The tags a plain value resolves to anyway ({@code !!str}, {@code !!int}, a date's
 * {@code !!timestamp}, ...) are allowed, but not a merge key ({@code <<}), nor a plain number YAML 1.1 reads in
 * another base than it looks ({@code 010} is 8, {@code 0x10} is 16, {@code 1:30} is 90) or with underscores, nor
 * text with half of a UTF-16 pair ({@code "\\ud800"}), which no output file could hold.
 */
final class YamlSurface {

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.MAP,
            Tag.SEQ, Tag.TIMESTAMP);
    /** The path given to a mapping's key: a key is a name, never a number. */
    private static final String KEY = "<key>";
    /**
     * Fields whose values are text, however they look ({@code id: 01}, {@code regions: [010]}): the ids and names of
     * the scenario, topology and price-sheet files, and the paths of the files they name.
     */
    private static final Set<String> TEXT_FIELDS = Set.of(KEY, "id", "name", "parent", "parents", "region",
            "regions", "tier", "tiers", "provider", "source", "description", "topology", "sheets", "trace");
    /** A whole number as it reads: decimal, no leading zero, no underscore. */
    private static final String DECIMAL_INT = "[-+]?(0|[1-9][0-9]*)";

    private YamlSurface() {
    }

    /**
     * @param root the composed document
     * @param file the file as the user named it
     * @return the first node with a tag that is not plain, a merge key, half a UTF-16 pair or a misread number, or
     *         null if none
     */
    static Problem oddValue(Node root, String file) {
        Found found = firstOdd(root, "", 0, Collections.newSetFromMap(new IdentityHashMap<>()));
        return found == null ? null : at(file, found.node().getStartMark(), found.path(), found.why());
    }

    /**
     * @param path the field the node is the value of ({@link #KEY} for a mapping's key)
     * @return what is odd about the node itself, or null if nothing
     */
    private static String oddity(Node node, String path) {
        if (node.getTag().equals(Tag.MERGE)) {
            return "a merge key ('<<') is not allowed; write the fields out";
        }
        if (!PLAIN_TAGS.contains(node.getTag())) {
            String tag = node.getTag().getValue();
            String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
            return "the tag '" + shown + "' is not allowed; write the value without a tag";
        }
        int lone = loneSurrogate(node);
        if (lone >= 0) {
            return String.format("the text holds \\u%04x, half of a UTF-16 pair without its other half, which is no "
                    + "character", lone);
        }
        if (misread(node, path)) {
            return "YAML reads '" + ((ScalarNode) node).getValue() + "' as a number in another base or with "
                    + "separators (a leading zero is octal); write the number in plain decimal digits, or quote it if "
                    + "it is text";
        }
        return null;
    }

    /**
     * @param root the composed document
     * @param file the file as the user named it
     * @param what the kind of file expected ("scenario", "topology", "price sheet")
     * @return the problem of a file of another kind than expected (told by the fields only it has), or null
     */
    static Problem wrongKind(Node root, String file, String what) {
        if (!(root instanceof MappingNode map)) {
            return null;
        }
        Set<String> keys = new HashSet<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                keys.add(k.getValue());
            }
        }
        String is = keys.contains("topology") && (keys.contains("run") || keys.contains("workload")
                || keys.contains("live") || keys.contains("vod")) ? "scenario"
                : keys.contains("tiers") && keys.contains("origins") ? "topology"
                : keys.contains("delivery") && keys.contains("provider") ? "price sheet" : what;
        if (is.equals(what)) {
            return null;
        }
        return at(file, root.getStartMark(), "", "this is a " + is + " file; a " + what + " file was expected"
                + ("scenario".equals(is) ? " (the scenario names its topology under 'topology:')" : ""));
    }

    /**
     * A node found odd, the path of the field it is or is in ({@code workload.objects}, {@code ladder[2]}), and why.
     */
    private record Found(Node node, String path, String why) {
    }

    /**
     * @param file the file as the user named it
     * @param what what kind of file it is ("scenario")
     * @param at   where the second document starts
     * @return the problem of a file of more than one document
     */
    static Problem secondDocument(String file, String what, Mark at) {
        return at(file, at, "", "this file holds more than one YAML document (a '---' separates them); a " + what
                + " file is one document");
    }

    /**
     * Depth-first over mappings and lists, each node once (an alias shares a node: a "billion laughs" document is a
     * small graph, walked in time linear in its text), no deeper than a document may nest (what is deeper is refused
     * when the document is read).
     */
    private static Found firstOdd(Node node, String path, int depth, Set<Node> seen) {
        String why = oddity(node, path);
        if (why != null) {
            return new Found(node, path, why);
        }
        if (depth > Documents.MAX_NESTING || !seen.add(node)) {
            return null;
        }
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                Node key = t.getKeyNode();
                String inner = key instanceof ScalarNode k && PLAIN_TAGS.contains(k.getTag())
                        ? (path.isEmpty() ? "" : path + ".") + k.getValue() : path;
                Found found = firstOdd(key, KEY, depth + 1, seen);
                found = found == null ? null : new Found(found.node(), path, found.why());
                if (found == null) {
                    found = firstOdd(t.getValueNode(), inner, depth + 1, seen);
                }
                if (found != null) {
                    return found;
                }
            }
        } else if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                Found found = firstOdd(seq.getValue().get(i), path + "[" + i + "]", depth + 1, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * @param path the field the node is the value of ({@link #KEY} for a mapping's key)
     * @return whether a plain scalar resolved as a number does not read as the decimal number it looks like, where a
     *         number is meant: a key or the value of a field of text (an id, a region) is text as written
     */
    private static boolean misread(Node node, String path) {
        if (!(node instanceof ScalarNode n) || !n.isPlain() || TEXT_FIELDS.contains(fieldName(path))) {
            return false;
        }
        if (n.getTag().equals(Tag.INT)) {
            return !n.getValue().matches(DECIMAL_INT);
        }
        return n.getTag().equals(Tag.FLOAT) && (n.getValue().contains("_") || n.getValue().contains(":"));
    }

    /** @return the first unpaired UTF-16 surrogate of a scalar (an escape such as \\ud800), or -1 if none */
    private static int loneSurrogate(Node node) {
        if (!(node instanceof ScalarNode n)) {
            return -1;
        }
        String text = n.getValue();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return c;
            }
        }
        return -1;
    }

    /** @return the last field name of a path: {@code regions} for {@code audience.regions[2]} */
    private static String fieldName(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }

    private static Problem at(String file, Mark mark, String path, String message) {
        return new Problem(file, mark == null ? 0 : mark.getLine() + 1, mark == null ? 0 : mark.getColumn() + 1, path,
                message);
    }
}
