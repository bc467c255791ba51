package io.cdnsim.config;

import java.io.StringReader;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where a sweep file writes each parameter and each of its values: the keys of {@code grid} and {@code zip} are
 * paths with dots, which {@link Locator} would split, so they are looked up here whole.
 */
final class SweepPlaces {

    private final Node root;

    private SweepPlaces(Node root) {
        this.root = root;
    }

    /** @return the places of a sweep file's text (one that already parsed) */
    static SweepPlaces of(String text) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(Documents.loaderOptions())).compose(new StringReader(text));
        } catch (RuntimeException e) {
            root = null;
        }
        return new SweepPlaces(root);
    }

    /**
     * @param section {@code grid} or {@code zip}
     * @param path    a parameter's path
     * @param value   the index of one of its values, or -1 for the parameter itself
     * @return {line, column}, 1-based, of the value (else of the parameter, else of the section), or {0, 0}
     */
    int[] of(String section, String path, int value) {
        Node sectionNode = child(root, section);
        Node parameter = child(sectionNode, path);
        Node at = parameter instanceof SequenceNode seq && value >= 0 && value < seq.getValue().size()
                ? seq.getValue().get(value) : key(sectionNode, path);
        if (at == null) {
            at = key(root, section);
        }
        if (at == null) {
            return new int[] {0, 0};
        }
        Mark m = at.getStartMark();
        return new int[] {m.getLine() + 1, m.getColumn() + 1};
    }

    private static Node child(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static Node key(Node node, String key) {
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return k;
                }
            }
        }
        return null;
    }
}
