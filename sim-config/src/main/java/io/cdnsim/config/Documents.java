package io.cdnsim.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a YAML or JSON file safely into a file record: a size limit, no binary files, no arbitrary types (Jackson
 * binds to our records only), limits on nesting and aliases, no duplicate keys, and unknown fields rejected. Every
 * failure becomes a {@link ScenarioException} naming the file, the line and column, and the field.
 */
final class Documents {

    static final int MAX_BYTES = Limits.MAX_DOCUMENT_BYTES;
    static final int MAX_ALIASES = 20;
    static final int MAX_NESTING = 40;

    private Documents() {
    }

    static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        return options;
    }

    private static ObjectMapper mapper() {
        YAMLFactory yaml = YAMLFactory.builder().loaderOptions(loaderOptions())
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build())
                .build();
        return new ObjectMapper(yaml)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    }

    /** A parsed document: the record and the text it came from (to locate later problems). */
    record Parsed<T>(T value, Problems problems) {
    }

    static <T> Parsed<T> read(Path file, String shownName, Class<T> type, String what) throws ScenarioException {
        byte[] bytes;
        try {
            bytes = InputFile.readAll(file, MAX_BYTES, what);
        } catch (InputFile.RefusedException e) {
            throw single(shownName, e.getMessage());
        } catch (IOException e) {
            throw single(shownName, "cannot read the file: " + e.getMessage());
        }
        return parse(bytes, shownName, type, what);
    }

    /** As {@link #read}, from the bytes of a document held in memory (a sweep's point, a Spark task's). */
    static <T> Parsed<T> parse(byte[] bytes, String shownName, Class<T> type, String what) throws ScenarioException {
        String text;
        try {
            for (byte b : bytes) {
                if (b == 0) {
                    throw single(shownName, "this is a binary file, not a YAML or JSON " + what + " file");
                }
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw single(shownName, "the file is not UTF-8 text");
        }
        if (text.isBlank()) {
            throw single(shownName, "the file is empty; a " + what + " file needs at least a name");
        }
        LoaderOptions locating = loaderOptions();
        // Composing does not expand aliases (nodes are shared), so the locator may follow many of them safely.
        locating.setMaxAliasesForCollections(10_000);
        Locator locator = Locator.of(text, locating);
        Problem surface = locator.surfaceProblem(shownName, what);
        if (surface != null) {
            throw new ScenarioException(List.of(surface));
        }
        Problems problems = new Problems(shownName, locator);
        ObjectMapper mapper = mapper();
        T value;
        try {
            List<Problem> unknown = unknownFields(mapper, text, type, shownName, locator);
            if (unknown.size() > 1) {
                throw new ScenarioException(unknown);
            }
            value = mapper.readValue(text, type);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = new ArrayList<>();
            e.getKnownPropertyIds().forEach(k -> known.add(String.valueOf(k)));
            known.sort(null);
            String name = e.getPropertyName();
            throw atPath(shownName, locator, path(e), "unknown field '" + name + "'" + Problems.didYouMean(name, known)
                    + "; allowed here: " + String.join(", ", known), e.getLocation());
        } catch (InputCoercionException e) {
            throw located(shownName, e.getLocation(), "", "the number " + firstWord(e.getMessage())
                    + " is out of range for this field");
        } catch (InvalidFormatException e) {
            throw atPath(shownName, locator, path(e), "expected " + describe(e.getTargetType()) + ", found '"
                    + e.getValue() + "'", e.getLocation());
        } catch (MismatchedInputException e) {
            if (e.getPath().isEmpty()) {
                boolean empty = e.getOriginalMessage() != null && e.getOriginalMessage().contains("No content");
                throw single(shownName, empty ? "the file holds no " + what + " (only comments or nothing)"
                        : "a " + what + " file must be a mapping of fields (name: ..., topology: ..., ...)");
            }
            throw atPath(shownName, locator, path(e), "expected " + describe(e.getTargetType()) + " here",
                    e.getLocation());
        } catch (JsonMappingException e) {
            for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
                if (c instanceof MarkedYAMLException y) {
                    throw notYaml(shownName, y);
                }
            }
            if (e.getCause() instanceof InputCoercionException ice) {
                throw atPath(shownName, locator, path(e), "the number " + firstWord(ice.getMessage())
                        + " is out of range for this field", e.getLocation());
            }
            throw located(shownName, e.getLocation(), path(e), firstLine(e.getOriginalMessage()));
        } catch (StreamConstraintsException e) {
            throw located(shownName, e.getLocation(), "", "the document is nested more than " + MAX_NESTING
                    + " levels deep");
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof MarkedYAMLException y) {
                throw notYaml(shownName, y);
            }
            if (e.getCause() instanceof YAMLException y) {
                throw single(shownName, "not valid YAML: " + firstLine(y.getMessage()));
            }
            throw located(shownName, e.getLocation(), "", "not valid YAML/JSON: "
                    + firstLine(e.getOriginalMessage()));
        }
        if (value == null) {
            throw single(shownName, "the file holds no " + what + " (only comments or nothing)");
        }
        return new Parsed<>(value, problems);
    }

    /**
     * A YAML syntax error where it happened. A "simple key" (a key on its line, before its ':') that the scanner
     * could not finish is a line without its ':' or a key of more than 1024 characters, which YAML does not allow.
     */
    private static ScenarioException notYaml(String shownName, MarkedYAMLException y) {
        Mark mark = y.getProblemMark() != null ? y.getProblemMark() : y.getContextMark();
        String context = y.getContext() == null ? "" : y.getContext();
        String problem = y.getProblem() == null ? firstLine(y.getMessage()) : y.getProblem();
        if (context.contains("simple key")) {
            mark = y.getContextMark() != null ? y.getContextMark() : mark;
            problem += " (a line without its ':', or a key longer than the 1024 characters YAML allows)";
        }
        return new ScenarioException(List.of(new Problem(shownName, mark == null ? 0 : mark.getLine() + 1,
                mark == null ? 0 : mark.getColumn() + 1, "", "not valid YAML: "
                + (context.isEmpty() ? "" : context + ": ") + problem)));
    }

    /**
     * Every unknown field of a document that reads as a tree; none if it does not (binding then reports why). With
     * one unknown field the binding's own message is used, so this only adds the others.
     */
    private static List<Problem> unknownFields(ObjectMapper mapper, String text, Class<?> type, String file,
                                               Locator locator) {
        try {
            return UnknownFields.of(type, mapper.readTree(text), file, locator);
        } catch (JsonProcessingException | RuntimeException e) {
            return List.of();
        }
    }

    static ScenarioException single(String file, String message) {
        return new ScenarioException(List.of(new Problem(file, 0, 0, "", message)));
    }

    private static ScenarioException located(String file, JsonLocation at, String path, String message) {
        return new ScenarioException(List.of(new Problem(file, at == null ? 0 : at.getLineNr(),
                at == null ? 0 : at.getColumnNr(), path, message)));
    }

    /**
     * A problem at a field path, placed by the document's own marks (Jackson places some at the end of the
     * mapping), or by Jackson's location where the document cannot be composed (too many aliases).
     */
    private static ScenarioException atPath(String file, Locator locator, String path, String message,
                                            JsonLocation fallback) {
        int[] at = locator.locate(path);
        if (at[0] == 0 && fallback != null) {
            return located(file, fallback, path, message);
        }
        return new ScenarioException(List.of(new Problem(file, at[0], at[1], path, message)));
    }

    private static String firstWord(String message) {
        if (message == null) {
            return "";
        }
        int open = message.indexOf('(');
        int close = message.indexOf(')', open + 1);
        return open >= 0 && close > open ? message.substring(open + 1, close) : "";
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (b.length() > 0) {
                    b.append('.');
                }
                b.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type == String.class) {
            return "a single value (text or a quantity with its unit)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (java.util.Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a mapping of fields (key: value)";
        }
        return "a value of another type";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
