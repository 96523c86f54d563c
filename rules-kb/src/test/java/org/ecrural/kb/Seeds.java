package org.ecrural.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a property over many seeded random plans, with JUnit alone. The seeds of a property are
 * fixed (derived from its name), so every run checks the same plans; a failure names its seed and
 * the command that reruns that seed alone: {@code -Decrural.seed=SEED} runs every property on
 * that one seed.
 */
final class Seeds {
    static final String PROPERTY = "ecrural.seed";

    private Seeds() {
    }

    /** @return the seeds of a property: the one given by -Decrural.seed, or {@code count} derived from its name */
    static long[] of(String property, int count) {
        String pinned = System.getProperty(PROPERTY);
        if (pinned != null && !pinned.isBlank()) {
            return new long[] {Long.parseLong(pinned.trim())};
        }
        SplittableRandom r = new SplittableRandom(property.hashCode());
        long[] seeds = new long[count];
        for (int i = 0; i < count; i++) {
            seeds[i] = r.nextLong();
        }
        return seeds;
    }

    /**
     * Checks a property on each seed; fails with every failing seed (the first three with their
     * message) and how to rerun one.
     */
    static void check(String property, int count, LongConsumer check) {
        List<String> failures = new ArrayList<>();
        long[] seeds = of(property, count);
        for (long seed : seeds) {
            try {
                check.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                failures.add("seed " + seed + (failures.size() < 3 ? ": " + e.getMessage() : ""));
            }
        }
        System.out.println("property " + property + ": " + seeds.length + " plans, " + failures.size() + " failed");
        if (!failures.isEmpty()) {
            throw new AssertionFailedError(property + " fails on " + failures.size() + " of " + seeds.length
                    + " plans (rerun one with -D" + PROPERTY + "=SEED):\n" + String.join("\n", failures));
        }
    }
}
