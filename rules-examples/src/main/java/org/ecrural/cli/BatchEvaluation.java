package org.ecrural.cli;

import org.ecrural.kb.render.ReportJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.render.HtmlReport;
import org.ecrural.kb.render.TextReport;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.Report;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanReader;
import org.ecrural.kb.EvaluationIncompleteException;
import org.ecrural.model.json.PlanInputException;

/**
 * Evaluates many plan files with one shared engine on all cores (as many workers as the heap
 * holds, {@link #workers}), and streams the reports in input order.
 *
 * <p>Memory is bounded by the plans in flight, not by the batch: at most {@code threads + 1}
 * plans are read, evaluated or waiting for their turn to be written at any time. Files are read
 * in order on a reader thread of their own, so that the next plan is read while the workers
 * evaluate (with one worker: one plan evaluated, the next read). A bad file is
 * reported on the error writer (file and JSON path of each error) in its turn, and the others
 * are still evaluated. Exit code: 2 when any file is bad input, else 1 when any report blocks,
 * else 0.
 *
 * <p>Output: with JSON, one compact report object per line, with a first field {@code "plan"}
 * naming the file and then the fields of the report exactly as {@link ReportJson#write} writes
 * them; otherwise, for each file, a header line {@code ==> FILE <==} and the rendered report,
 * byte for byte as {@code ecrural evaluate FILE} prints it, reports separated by a blank line.
 */
final class BatchEvaluation {
    /**
     * The heap one worker needs: evaluating a province of the national batch (45 areas of 50
     * projects and 2,000 training records, 92,000 facts) keeps about 0.4 GB live (session, plan,
     * report and its JSON). With more workers than the heap holds such evaluations, the collector
     * copies them again and again: on 2 cores with the launcher's 768 MB heap, two workers spent
     * 13.7 s of a 26.4 s batch in GC pauses, one worker 9.1 s of 24.4 s (BENCHMARKS.md).
     */
    static final long HEAP_PER_WORKER = 512L << 20;

    /** @return the workers of a batch: one per core, as many as the heap holds (at least one) */
    static int workers(int cores, long maxHeapBytes) {
        return (int) Math.max(1, Math.min(cores, maxHeapBytes / HEAP_PER_WORKER));
    }

    private final PolicyEngine engine;
    private final PlanReader reader;
    private final Set<Check> checks;
    private final boolean jsonLines;
    private final Function<Report, String> render;
    private final int threads;

    /**
     * @param jsonLines true for JSON lines; false to use {@code render} and a header per file
     * @param render    how a report is written when not JSON lines (text, or another format)
     * @param threads   worker threads (at least 1)
     */
    BatchEvaluation(PolicyEngine engine, Set<Check> checks, boolean jsonLines, Function<Report, String> render, int threads) {
        this(engine, PlanReader.withLimits(org.ecrural.model.json.Limits.DEFAULT), checks, jsonLines, render, threads);
    }

    BatchEvaluation(PolicyEngine engine, PlanReader reader, Set<Check> checks, boolean jsonLines,
                    Function<Report, String> render, int threads) {
        this.engine = engine;
        this.reader = reader;
        this.checks = checks;
        this.jsonLines = jsonLines;
        this.render = render;
        this.threads = Math.max(1, threads);
    }

    /**
     * Whether the PLAN arguments ask for a batch: more than one, or a single folder. A single
     * file (or none) is evaluated exactly as before, by {@link EvaluateCommand}.
     */
    static boolean isBatch(List<Path> plans) {
        return plans != null && (plans.size() > 1 || (plans.size() == 1 && Files.isDirectory(plans.get(0))));
    }

    /**
     * Expands the arguments: a folder stands for every regular {@code *.json} file directly in
     * it, sorted by name; a file stands for itself (even when missing: its error is reported in
     * its turn).
     *
     * @throws CliException when a folder cannot be listed or holds no plan file
     */
    static List<Path> expand(List<Path> args) throws CliException {
        List<Path> files = new ArrayList<>();
        for (Path arg : args) {
            if (!Files.isDirectory(arg)) {
                files.add(arg);
                continue;
            }
            List<Path> inDir;
            try (Stream<Path> list = Files.list(arg)) {
                inDir = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                        .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
                        .toList();
            } catch (IOException e) {
                throw new CliException("cannot list " + arg + ": " + e.getClass().getSimpleName());
            }
            if (inDir.isEmpty()) {
                throw new CliException(arg + " is a folder with no plan file (*.json) in it");
            }
            files.addAll(inDir);
        }
        return files;
    }

    /**
     * The outcome of one file: its rendered report (or, for JSON lines, the report, which the
     * writing thread writes straight to the output: a province's line is some 18 MB), or its input
     * errors.
     */
    record Outcome(Path file, String rendered, Report report, List<String> errors, boolean blocking, long facts,
                   boolean incomplete) {
        Outcome(Path file, String rendered, List<String> errors, boolean blocking, long facts) {
            this(file, rendered, null, errors, blocking, facts, false);
        }

        Outcome(Path file, String rendered, List<String> errors, boolean blocking, long facts, boolean incomplete) {
            this(file, rendered, null, errors, blocking, facts, incomplete);
        }
    }

    /**
     * Evaluates the files and writes each report to {@code out} in input order.
     *
     * @param progress where to show progress, or null for none
     * @return the exit code
     */
    int run(List<Path> files, Writer out, PrintWriter err, Progress progress) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ecrural-batch");
            t.setDaemon(true);
            return t;
        });
        // files are read ahead, in order, on a thread of their own: the next plan is read while the
        // workers evaluate (reading is about a third of a province's work)
        ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "ecrural-batch-read");
            t.setDaemon(true);
            return t;
        });
        boolean badInput = false;
        boolean incomplete = false;
        boolean blocking = false;
        int window = threads + 1;
        Deque<Future<Outcome>> inFlight = new ArrayDeque<>();
        try {
            int next = 0;
            boolean first = true;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < window) {
                    Path file = files.get(next++);
                    Future<Read> read = reader.submit(() -> read(file));
                    inFlight.addLast(pool.submit(() -> evaluate(file, read)));
                }
                Outcome o = await(inFlight.removeFirst());
                if (progress != null) {
                    progress.clear();
                }
                if (o.errors() != null) {
                    badInput |= !o.incomplete();
                    incomplete |= o.incomplete();
                    out.flush();
                    o.errors().forEach(err::println);
                    err.flush();
                } else {
                    blocking |= o.blocking();
                    if (!jsonLines && !first) {
                        out.write('\n');
                    }
                    if (o.report() != null) {
                        ReportJson.writeLine(o.file().toString(), o.report(), out);
                    } else {
                        out.write(o.rendered());
                    }
                    first = false;
                }
                if (progress != null) {
                    progress.done(o.file(), o.facts());
                }
            }
            out.flush();
        } finally {
            pool.shutdownNow();
            reader.shutdownNow();
            if (progress != null) {
                progress.finish();
            }
        }
        return incomplete ? Ecrural.INCOMPLETE : badInput ? Ecrural.BAD_INPUT : blocking ? Ecrural.BLOCKING : Ecrural.OK;
    }

    private static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) {
                throw re;
            }
            if (c instanceof Error er) {
                throw er;
            }
            throw new IOException(c);
        }
    }

    /**
     * A file read: its plan, or the outcome of a file that cannot be read. The worker takes the plan
     * out, so that neither this nor the read's Future keeps it once the worker lets it go.
     */
    private static final class Read {
        private PlanDocument plan;
        final Outcome unreadable;

        Read(PlanDocument plan, Outcome unreadable) {
            this.plan = plan;
            this.unreadable = unreadable;
        }

        PlanDocument take() {
            PlanDocument p = plan;
            plan = null;
            return p;
        }
    }

    private Read read(Path file) {
        try {
            return new Read(EvaluateCommand.readFile(reader, file), null);
        } catch (PlanInputException e) {
            return new Read(null, new Outcome(file, null, EvaluateCommand.inputErrorLines(file, e), false, 0));
        } catch (CliException e) {
            return new Read(null, new Outcome(file, null, List.of("ecrural: " + e.getMessage()), false, 0));
        }
    }

    private Outcome evaluate(Path file, Future<Read> read) throws IOException {
        Read r = await(read);
        if (r.unreadable != null) {
            return r.unreadable;
        }
        PlanDocument plan = r.take();
        try {
            engine.requireEdition(plan);
        } catch (PlanInputException e) {
            return new Outcome(file, null, EvaluateCommand.inputErrorLines(file, e), false, 0);
        }
        long facts = facts(plan);
        Report report;
        try {
            report = engine.evaluate(plan, checks);
        } catch (EvaluationIncompleteException e) {
            return new Outcome(file, null, List.of(Ecrural.incomplete(file, e)), false, 0, true);
        }
        plan = null; // let the plan go before rendering
        if (jsonLines) {
            return new Outcome(file, null, report, null, report.hasBlocking(), facts, false);
        }
        String body = render.apply(report);
        return new Outcome(file, header(file, body) + body, null, report.hasBlocking(), facts);
    }

    /**
     * The line naming the file before its report: {@code ==> FILE <==}, its control and bidi characters
     * shown visibly; before an HTML page, an HTML comment with the name escaped, so that nothing of the
     * name can become markup ahead of the page and its Content-Security-Policy.
     */
    static String header(Path file, String body) {
        String name = file.toString();
        if (body.startsWith("<!DOCTYPE")) {
            return "<!-- ==> " + HtmlReport.escape(name).replace("-", "&#45;") + " <== -->\n";
        }
        return "==> " + TextReport.visible(name) + " <==\n";
    }

    /** The facts of a plan, for the rate shown by the progress bar. */
    static long facts(PlanDocument p) {
        return p.getCounties().size() + p.getNominations().size() + p.getPrefecturePromotions().size()
                + p.getAreas().size() + p.getFundAllocations().size() + p.getProjects().size()
                + p.getTrainingRecords().size() + p.getIdleFundReallocations().size()
                + (p.getProvince() == null ? 0 : 1) + (p.getFiling() == null ? 0 : 1)
                + (p.getFinalSubmission() == null ? 0 : 1) + (p.getWorkPlan() == null ? 0 : 1)
                + (p.getNationalRuralAverage() == null ? 0 : 1);
    }

    /** A one-line progress bar on a terminal: files done, facts per second, time left. */
    static final class Progress {
        private final PrintWriter err;
        private final int files;
        private final long totalBytes;
        private final long start = System.nanoTime();
        private int done;
        private long doneBytes;
        private long facts;
        private boolean shown;

        Progress(PrintWriter err, List<Path> files) {
            this.err = err;
            this.files = files.size();
            long bytes = 0;
            for (Path f : files) {
                try {
                    bytes += Files.size(f);
                } catch (IOException | RuntimeException e) {
                    // a missing file weighs nothing
                }
            }
            this.totalBytes = bytes;
        }

        void done(Path file, long planFacts) {
            done++;
            facts += planFacts;
            try {
                doneBytes += Files.size(file);
            } catch (IOException | RuntimeException e) {
                // as above
            }
            double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            int width = 30;
            int filled = files == 0 ? width : (int) ((long) width * done / files);
            String left = doneBytes <= 0 || done == files ? "0s"
                    : duration(seconds * (totalBytes - doneBytes) / doneBytes);
            err.print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + done + "/" + files + " files, "
                    + String.format("%,.0f", facts / seconds) + " facts/s, " + left + " left ");
            err.flush();
            shown = true;
        }

        void clear() {
            if (shown) {
                err.print("\r" + " ".repeat(79) + "\r");
                err.flush();
                shown = false;
            }
        }

        void finish() {
            if (shown) {
                err.println();
                err.flush();
                shown = false;
            }
        }

        private static String duration(double s) {
            long t = Math.round(s);
            return t >= 60 ? (t / 60) + "m" + String.format("%02d", t % 60) + "s" : t + "s";
        }
    }
}
