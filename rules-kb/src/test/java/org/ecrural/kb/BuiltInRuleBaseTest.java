package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.junit.jupiter.api.Test;

/** The built-in rule base is the executable model, loaded directly, with the rules of the kjar's kbase. */
class BuiltInRuleBaseTest {
    private static TreeSet<String> rules(KieBase kb) {
        TreeSet<String> names = new TreeSet<>();
        kb.getKiePackages().forEach(p -> p.getRules().forEach(r -> names.add(p.getName() + "." + r.getName())));
        return names;
    }

    @Test
    void theExecutableModelIsLoadedDirectlyWithTheSameRulesAsTheClasspathContainer() {
        KieBase direct = RuleBase.executableModel();
        assertThat(direct).as("index %s on the class path", RuleBase.MODEL_INDEX).isNotNull();
        KieBase container = KieServices.get().getKieClasspathContainer(RuleBase.class.getClassLoader())
                .getKieBase(RuleBase.KBASE);
        assertThat(rules(direct)).hasSize(46).isEqualTo(rules(container));
        assertThat(direct.getKiePackage("org.ecrural.rules").getGlobalVariables())
                .usingRecursiveFieldByFieldElementComparator()
                .hasSameSizeAs(container.getKiePackage("org.ecrural.rules").getGlobalVariables());
        // and the generated consequences run (not rules compiled from DRL at run time)
        assertThat(direct.getClass().getName()).isEqualTo(container.getClass().getName());
    }
}
