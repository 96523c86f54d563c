package org.ecrural.kb.report;

/** How binding a rule is, from the wording of the notice (clauses.md, "Severities"). */
public enum Severity {
    /** 必须, 不得, 应, 不超过, 视为自动放弃: a violation blocks approval of its subject. */
    MANDATORY("强制", "mandatory: a violation blocks approval of its subject",
            "强制（必须、不得、应、不超过、视为自动放弃）：违反即阻断该对象的批准"),
    /** 原则上: a violation unless the plan carries a written justification for it on that subject. */
    PRINCIPLE("原则性", "principle: blocks unless the plan justifies the deviation in writing",
            "原则性（原则上）：除非方案对该偏离书面说明理由，否则阻断"),
    /** 鼓励, 优先, 支持, 加大, 加强: a recommendation, never blocks. */
    ADVISORY("建议", "advisory: a recommendation, never blocks",
            "建议（鼓励、优先、支持、加大、加强）：只是建议，从不阻断"),
    /** 发展目标: a performance target met or missed, never blocks. */
    TARGET("目标", "target: a performance target, never blocks",
            "目标（发展目标）：达成或未达成，从不阻断");

    private final String zh;
    private final String meaning;
    private final String meaningZh;

    Severity(String zh, String meaning, String meaningZh) {
        this.zh = zh;
        this.meaning = meaning;
        this.meaningZh = meaningZh;
    }

    /** @return the Chinese name of the severity */
    public String zh() {
        return zh;
    }

    /** @return what the severity means for a finding, in English */
    public String meaning() {
        return meaning;
    }

    /** @return what the severity means for a finding, in the given language */
    public String meaning(Language language) {
        return language == Language.ZH ? meaningZh : meaning;
    }
}
