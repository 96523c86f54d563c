package org.ecrural.kb;

import java.util.List;

/** A rule base that cannot be used: DRL that does not compile, or rules whose metadata is wrong. */
public final class RuleBaseException extends RuntimeException {
    private final List<String> problems;

    public RuleBaseException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, one line each, with file and line where known */
    public List<String> problems() {
        return problems;
    }
}
