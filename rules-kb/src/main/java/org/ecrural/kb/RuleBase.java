package org.ecrural.kb;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieContainer;

/** A compiled rule base with the edition parameters it runs with and its rules' metadata. */
final class RuleBase {
    static final String KBASE = "notice2018";

    private final KieBase kieBase;
    private final EditionParameters edition;
    private final Map<String, RuleInfo> byRuleName;
    private final List<RuleInfo> rules;

    RuleBase(KieBase kieBase, EditionParameters edition, Map<String, String> fileOfRule) {
        this.kieBase = kieBase;
        this.edition = edition;
        List<String> problems = new ArrayList<>();
        Map<String, RuleInfo> byName = new HashMap<>();
        Map<String, RuleInfo> byId = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = RuleMetadata.read(rule, fileOfRule.get(rule.getName()), problems);
                if (info == null) {
                    continue;
                }
                if (byId.containsKey(info.id())) {
                    problems.add("rule id " + info.id() + " is used by two rules: \"" + rule.getName() + "\" and another");
                }
                byId.put(info.id(), info);
                byName.put(rule.getName(), info);
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        this.byRuleName = Collections.unmodifiableMap(byName);
        this.rules = List.copyOf(byId.values());
    }

    /** The rule base compiled into this library's jar (executable model). */
    static RuleBase builtIn() {
        KieContainer container = KieServices.get().getKieClasspathContainer(RuleBase.class.getClassLoader());
        return new RuleBase(container.getKieBase(KBASE), EditionParameters.builtIn(), BuiltInSources.fileOfRule());
    }

    KieBase kieBase() {
        return kieBase;
    }

    EditionParameters edition() {
        return edition;
    }

    List<RuleInfo> rules() {
        return rules;
    }

    RuleInfo info(Rule rule) {
        return byRuleName.get(rule.getName());
    }
}
