package io.cdnsim.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** A scenario or topology file (or one it references) cannot be used; carries every problem found. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Problems shown of one kind (one field of every item of a list, in one file) before the rest are counted. */
    static final int SHOWN_PER_KIND = 3;
    /** Kinds shown before the rest are counted. */
    static final int SHOWN_KINDS = 20;

    private final transient List<Problem> problems;

    /** @param problems what is wrong, at least one */
    public ScenarioException(List<Problem> problems) {
        super(report(problems).stream().collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** @return what is wrong */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The lines to show a user, in time linear in the problems: each problem when there are few; of many alike (the
     * same field of every item of a list, such as {@code audience.devices[].weight}), the first
     * {@value #SHOWN_PER_KIND} and a count of the others; of more than {@value #SHOWN_KINDS} kinds, a count of the
     * kinds not shown.
     *
     * @return one line per problem shown, then the counts
     */
    public List<String> report() {
        return report(problems);
    }

    private static List<String> report(List<Problem> problems) {
        Map<String, List<Problem>> kinds = new LinkedHashMap<>();
        for (Problem p : problems) {
            kinds.computeIfAbsent(p.file() + "\n" + p.path().replaceAll("\\[\\d+\\]", "[]"), k -> new ArrayList<>())
                    .add(p);
        }
        List<String> lines = new ArrayList<>();
        int kindsShown = 0;
        int hidden = 0;
        for (Map.Entry<String, List<Problem>> kind : kinds.entrySet()) {
            List<Problem> alike = kind.getValue();
            if (kindsShown == SHOWN_KINDS) {
                hidden += alike.size();
                continue;
            }
            kindsShown++;
            alike.stream().limit(SHOWN_PER_KIND).forEach(p -> lines.add(p.toString()));
            if (alike.size() > SHOWN_PER_KIND) {
                Problem first = alike.get(0);
                lines.add(String.format(Locale.ROOT, "%s: ... and %,d more problems at %s", first.file(),
                        alike.size() - SHOWN_PER_KIND, kind.getKey().substring(kind.getKey().indexOf('\n') + 1)));
            }
        }
        if (hidden > 0) {
            lines.add(String.format(Locale.ROOT, "... and %,d more problems of %,d other kinds", hidden,
                    kinds.size() - SHOWN_KINDS));
        }
        return lines;
    }
}
