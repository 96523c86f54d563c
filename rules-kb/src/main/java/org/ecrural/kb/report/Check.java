package org.ecrural.kb.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sections of the notice a host may check, each the set of rules whose words file names it as
 * its {@code section}. A host that only checks project acceptance asks for {@link #ACCEPTANCE} alone.
 */
public enum Check {
    ELIGIBILITY("三、示范范围", "Eligibility and scope (sections 3 and 5(1))"),
    PROCEDURE("五、工作程序", "Procedure (section 5)"),
    FUNDS("四、中央财政资金", "Central funds (section 4)"),
    SERVICE_SYSTEM("四（二）公共服务体系", "Public service system (section 4(2))"),
    TRAINING("四（三）电子商务培训", "Training (section 4(3))"),
    ACCEPTANCE("六、项目管理与验收", "Project management and acceptance (section 6)"),
    MANAGEMENT("六（三）（四）过程管理与政务公开", "Process management and disclosure (sections 6(3) and 6(4))"),
    WORK_PLAN("附件：省级工作方案", "The provincial work plan (annex)"),
    TARGETS("二（二）发展目标", "Targets (section 2(2))");

    private final String zh;
    private final String en;

    Check(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** @return the section's name in both languages */
    public Text title() {
        return new Text(zh, en);
    }

    /** @return every check */
    public static Set<Check> all() {
        return EnumSet.allOf(Check.class);
    }
}
