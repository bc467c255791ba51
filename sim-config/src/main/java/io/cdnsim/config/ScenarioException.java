package io.cdnsim.config;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario or topology file (or one it references) cannot be used; carries every problem found. */
public final class ScenarioException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** @param problems what is wrong, at least one */
    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    /** @return what is wrong */
    public List<Problem> problems() {
        return problems;
    }
}
