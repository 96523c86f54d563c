package org.ecrural.model.json;

/**
 * Size limits the {@link PlanReader} enforces before and while parsing, so that no input can
 * exhaust memory or the stack. Exceeding one is reported as a single {@link InputError}.
 *
 * @param maxBytes        largest document accepted, in bytes of UTF-8 (at most {@value #MAX_BYTES_CEILING})
 * @param maxNestingDepth deepest nesting of objects and arrays accepted (the top-level object is depth 1;
 *                        plan format v1 needs 5)
 * @param maxArrayLength  largest number of elements accepted in any one array
 */
public record Limits(long maxBytes, int maxNestingDepth, int maxArrayLength) {

    /** The ceiling of {@link #maxBytes}: a document is held in one array. */
    public static final long MAX_BYTES_CEILING = Integer.MAX_VALUE - 16L;

    /** 64 MiB, 64 levels of nesting, 5,000,000 elements per array. */
    public static final Limits DEFAULT = new Limits(64L << 20, 64, 5_000_000);

    /** Checks that every limit is positive and {@code maxBytes} at most {@link #MAX_BYTES_CEILING}. */
    public Limits {
        if (maxBytes < 1 || maxBytes > MAX_BYTES_CEILING) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + MAX_BYTES_CEILING + ": " + maxBytes);
        }
        if (maxNestingDepth < 1) {
            throw new IllegalArgumentException("maxNestingDepth must be positive: " + maxNestingDepth);
        }
        if (maxArrayLength < 1) {
            throw new IllegalArgumentException("maxArrayLength must be positive: " + maxArrayLength);
        }
    }
}
