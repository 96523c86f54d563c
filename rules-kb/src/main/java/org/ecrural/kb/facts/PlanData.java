package org.ecrural.kb.facts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The parts of the plan document a classification fact (or one of its methods) is computed from,
 * each as {@code "path: field, field"} in the plan format's names ({@code "fundAllocations[]: area,
 * centralFunds"}, or a path alone: {@code "evaluationDate"}). {@code ecrural explain} shows it for a
 * rule whose DRL reads the fact; stated beside the code that computes the fact, so it stays true.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PlanData {
    /** @return each part of the plan read, {@code "path: field, field"} */
    String[] value();
}
