package org.ecrural.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecrural.examples.PlanGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ecrural generate}: deterministic synthetic plans at any scale, one file per province. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes deterministic synthetic plans (format v1), one file per province, with a realistic "
                + "mix of compliant and violating areas. The same options give byte-identical files.")
final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--provinces", defaultValue = "22", description = "plans, one per addressed province, 1..22 (default: ${DEFAULT-VALUE})")
    int provinces;

    @Option(names = "--areas-per-province", defaultValue = "45", description = "demo areas per plan (default: ${DEFAULT-VALUE})")
    int areasPerProvince;

    @Option(names = "--total-areas", defaultValue = "0",
            description = "instead of --areas-per-province: this many areas spread evenly over the provinces")
    int totalAreas;

    @Option(names = "--projects-per-area", defaultValue = "50", description = "project items per area (default: ${DEFAULT-VALUE})")
    int projectsPerArea;

    @Option(names = "--training-per-area", defaultValue = "500", description = "training records per area (default: ${DEFAULT-VALUE})")
    int trainingPerArea;

    @Option(names = "--seed", defaultValue = "2018", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", required = true, description = "folder to write the plans into")
    Path outputDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanGenerator.Options options;
        try {
            options = new PlanGenerator.Options(provinces, areasPerProvince, totalAreas, projectsPerArea, trainingPerArea, seed);
        } catch (IllegalArgumentException e) {
            err.println("ecrural: " + e.getMessage());
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            err.println("ecrural: " + outputDir + " is a file, not a folder");
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        List<Path> files;
        try {
            files = new PlanGenerator(options).writeAll(outputDir);
        } catch (IOException e) {
            err.println("ecrural: cannot write to " + outputDir + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        long areas = options.areas();
        out.printf("wrote %d plan(s) to %s: %d areas, %d project items, %d training records%n", files.size(), outputDir,
                areas, areas * projectsPerArea, areas * trainingPerArea);
        out.flush();
        return Ecrural.OK;
    }
}
