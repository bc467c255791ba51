package io.cdnsim.config;

import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the line and column of a field path ({@code tiers[0].nodes[2].rtt}) in a YAML or JSON document, so that a
 * problem found after parsing can still point at the place in the file.
 */
final class Locator {

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)\\]");

    private final Node root;
    private final Mark secondDocument;

    private Locator(Node root, Mark secondDocument) {
        this.root = root;
        this.secondDocument = secondDocument;
    }

    /**
     * @param text    the document
     * @param options the loader limits the document was read with
     * @return a locator, or one that finds nothing if the text does not compose
     */
    static Locator of(String text, LoaderOptions options) {
        try {
            return new Locator(new Yaml(new SafeConstructor(options)).compose(new StringReader(text)), null);
        } catch (ComposerException e) {
            boolean twoDocuments = e.getContext() != null && e.getContext().contains("single document");
            return new Locator(null, twoDocuments ? e.getProblemMark() : null);
        } catch (RuntimeException e) {
            return new Locator(null, null);
        }
    }

    /**
     * @param file the file as the user named it
     * @param what what kind of file it is ("scenario")
     * @return what is wrong with the document's surface (two documents, another kind of file, a tag that is not
     *         plain), or null
     */
    Problem surfaceProblem(String file, String what) {
        if (secondDocument != null) {
            return YamlSurface.secondDocument(file, what, secondDocument);
        }
        if (root == null) {
            return null;
        }
        Problem kind = YamlSurface.wrongKind(root, file, what);
        return kind != null ? kind : YamlSurface.oddValue(root, file);
    }

    /**
     * @param path a field path
     * @return {line, column}, 1-based, of the deepest node of the path that exists; {0, 0} if none
     */
    int[] locate(String path) {
        Node node = root;
        Mark best = null;
        Matcher m = STEP.matcher(path);
        while (node != null && m.find()) {
            Node next = null;
            Mark keyMark = null;
            if (m.group(1) != null && node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(m.group(1))) {
                        next = t.getValueNode();
                        keyMark = k.getStartMark();
                    }
                }
            } else if (m.group(2) != null && node instanceof SequenceNode seq) {
                int i = Integer.parseInt(m.group(2));
                if (i < seq.getValue().size()) {
                    next = seq.getValue().get(i);
                }
            }
            if (next == null) {
                break;
            }
            best = next instanceof ScalarNode ? next.getStartMark() : (keyMark != null ? keyMark : next.getStartMark());
            node = next;
        }
        if (best == null) {
            return new int[] {0, 0};
        }
        return new int[] {best.getLine() + 1, best.getColumn() + 1};
    }
}
