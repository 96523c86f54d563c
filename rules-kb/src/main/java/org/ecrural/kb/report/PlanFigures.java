package org.ecrural.kb.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a report shows of the plan besides its findings: the names of its subjects, each demo
 * area's central funds (the sum of its allocations), each project's central funds, and the
 * written justifications. Immutable.
 *
 * <p>Internal: public only for the engine, which reads them from the plan; hosts read them
 * through {@link Report}.
 */
public record PlanFigures(Map<Subject, String> names, Map<String, BigDecimal> areaCentralFunds,
                   Map<String, BigDecimal> projectCentralFunds, Map<String, String> justifications) {
    /** No figures (internal). */
    public static final PlanFigures EMPTY = new PlanFigures(Map.of(), Map.of(), Map.of(), Map.of());

    public PlanFigures {
        names = Collections.unmodifiableMap(new TreeMap<>(names));
        areaCentralFunds = Collections.unmodifiableMap(new TreeMap<>(areaCentralFunds));
        projectCentralFunds = Collections.unmodifiableMap(new TreeMap<>(projectCentralFunds));
        justifications = Collections.unmodifiableMap(new TreeMap<>(justifications));
    }

    /** @return the key of a written justification in {@link #justifications()} (internal) */
    public static String justificationKey(String areaCode, String ruleId) {
        return areaCode + "\u0000" + ruleId;
    }
}
