package org.ecrural.kb;

import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() {
        long t0 = System.nanoTime();
        try {
            RuleBase rb = RuleBase.compile(RuleFolder.builtIn(), false);
            System.out.println("OK rules=" + rb.rules().size());
        } catch (RuleBaseException e) {
            e.problems().forEach(p -> System.out.println("PROBLEM " + p));
        }
        System.out.println("checked compile ms " + (System.nanoTime() - t0) / 1_000_000);
        t0 = System.nanoTime();
        RuleBase.compile(RuleFolder.builtIn(), true);
        System.out.println("trusted compile ms " + (System.nanoTime() - t0) / 1_000_000);
    }
}
