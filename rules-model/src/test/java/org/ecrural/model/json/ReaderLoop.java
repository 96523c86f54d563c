package org.ecrural.model.json;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ecrural.model.PlanDocument;

/**
 * A warm loop, not a test: reads one plan file over and over with the former tree reader and the
 * streaming reader in alternation, and prints the median time and the bytes allocated per read.
 *
 * <pre>
 * java -cp rules-model/target/classes:rules-model/target/test-classes:$(jackson jars) \
 *     org.ecrural.model.json.ReaderLoop plan.json [rounds]
 * </pre>
 */
public final class ReaderLoop {

    private ReaderLoop() {
    }

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[][] nanos = new long[2][rounds];
        long[][] allocated = new long[2][rounds];
        String[] written = new String[2];
        for (int r = 0; r < rounds; r++) {
            for (int k = 0; k < 2; k++) {
                int which = (r + k) % 2; // alternate which goes first
                long a0 = threads.getCurrentThreadAllocatedBytes();
                long t0 = System.nanoTime();
                PlanDocument doc = which == 0 ? tree(bytes) : PlanReader.read(bytes);
                nanos[which][r] = System.nanoTime() - t0;
                allocated[which][r] = threads.getCurrentThreadAllocatedBytes() - a0;
                if (r == rounds - 1) {
                    written[which] = PlanWriter.write(doc);
                }
            }
        }
        if (!written[0].equals(written[1])) {
            throw new AssertionError("the two readers read different documents");
        }
        System.out.printf("%d bytes, %d rounds, second half%n", bytes.length, rounds);
        String[] names = {"tree (before)", "streaming"};
        for (int w = 0; w < 2; w++) {
            long[] t = Arrays.copyOfRange(nanos[w], rounds / 2, rounds);
            long[] a = Arrays.copyOfRange(allocated[w], rounds / 2, rounds);
            Arrays.sort(t);
            Arrays.sort(a);
            System.out.printf("%-14s median %.3f ms, p10 %.3f ms, p90 %.3f ms, allocated %d bytes/read%n", names[w],
                    t[t.length / 2] / 1e6, t[t.length / 10] / 1e6, t[t.length * 9 / 10] / 1e6, a[a.length / 2]);
        }
    }

    /** The former reader: strict decoding, the whole tree, then the binding. */
    private static PlanDocument tree(byte[] bytes) throws Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text = decoder.decode(ByteBuffer.wrap(bytes));
        return TreeBinder.read(text.array(), text.arrayOffset(), text.length(), Limits.DEFAULT);
    }
}
