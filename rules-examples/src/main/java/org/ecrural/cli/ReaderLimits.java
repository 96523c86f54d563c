package org.ecrural.cli;

import org.ecrural.model.json.Limits;
import org.ecrural.model.json.PlanReader;
import picocli.CommandLine.Option;

/** Options that bound what a plan file may be: size, nesting and array length. */
final class ReaderLimits {
    @Option(names = "--max-plan-bytes", paramLabel = "N",
            description = "refuse a plan file larger than N bytes (default: ${DEFAULT-VALUE})")
    long maxBytes = Limits.DEFAULT.maxBytes();

    @Option(names = "--max-depth", paramLabel = "N",
            description = "refuse a plan nested deeper than N levels (default: ${DEFAULT-VALUE})")
    int maxDepth = Limits.DEFAULT.maxNestingDepth();

    @Option(names = "--max-array", paramLabel = "N",
            description = "refuse a plan with an array longer than N elements (default: ${DEFAULT-VALUE})")
    int maxArray = Limits.DEFAULT.maxArrayLength();

    /** @return a reader with these limits */
    PlanReader reader() throws CliException {
        try {
            return PlanReader.withLimits(new Limits(maxBytes, maxDepth, maxArray));
        } catch (IllegalArgumentException e) {
            throw new CliException("bad limits: " + e.getMessage());
        }
    }
}
