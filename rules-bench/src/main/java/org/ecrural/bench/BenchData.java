package org.ecrural.bench;

import org.ecrural.examples.PlanGenerator;
import org.ecrural.model.PlanDocument;

/** The generated plans the benchmarks evaluate: fixed seed, so every run measures the same data. */
public final class BenchData {
    /** The seed of every benchmark plan. */
    public static final long SEED = 2018;
    /** Project items per area. */
    public static final int PROJECTS = 50;
    /** Training records per area. */
    public static final int TRAINING = 500;
    /** Areas of the one-province plan. */
    public static final int PROVINCE_AREAS = 45;

    private BenchData() {
    }

    /** @return one area with 50 project items and 500 training records (in a plan with its province's parts) */
    public static PlanDocument area() {
        return new PlanGenerator(new PlanGenerator.Options(1, 1, PROJECTS, TRAINING, SEED)).plan(0);
    }

    /** @return one province of 45 such areas */
    public static PlanDocument province() {
        return new PlanGenerator(new PlanGenerator.Options(1, PROVINCE_AREAS, PROJECTS, TRAINING, SEED)).plan(0);
    }

    /** @return {@link #area()} or {@link #province()} by name */
    public static PlanDocument of(String scale) {
        return switch (scale) {
            case "area" -> area();
            case "province" -> province();
            default -> throw new IllegalArgumentException("scale is area or province: " + scale);
        };
    }

    /**
     * @return {@link #of} written as JSON and read back, as a host gets a plan: the engine checks a
     *         plan built in Java at every evaluation (by writing and reading it), which is the reader's
     *         cost ({@link ReaderBenchmark}), not the engine's
     */
    public static PlanDocument read(String scale) {
        return asRead(of(scale));
    }

    /** @return the plan written as JSON and read back (see {@link #read}) */
    public static PlanDocument asRead(PlanDocument plan) {
        return org.ecrural.model.json.PlanReader.withLimits(org.ecrural.model.json.Limits.DEFAULT).readDocument(
                org.ecrural.model.json.PlanWriter.write(plan).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** @return the number of facts the engine is given for the plan (as the batch's progress bar counts them) */
    public static long facts(PlanDocument p) {
        return p.getCounties().size() + p.getNominations().size() + p.getAreas().size() + p.getFundAllocations().size()
                + p.getProjects().size() + p.getTrainingRecords().size();
    }
}
