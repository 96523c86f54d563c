package org.ecrural.kb;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sections of the notice a host may check, each the set of rules whose words file names it as
 * its {@code section}. A host that only checks project acceptance asks for {@link #ACCEPTANCE} alone.
 */
public enum Check {
    ELIGIBILITY("三、示范范围", "Eligibility and scope (三, 五（一）)"),
    PROCEDURE("五、工作程序", "Procedure (五)"),
    FUNDS("四、中央财政资金", "Central funds (四)"),
    SERVICE_SYSTEM("四（二）公共服务体系", "Public service system (四（二）)"),
    TRAINING("四（三）电子商务培训", "Training (四（三）)"),
    ACCEPTANCE("六、项目管理与验收", "Project management and acceptance (六)"),
    MANAGEMENT("六（三）（四）过程管理与政务公开", "Process management and disclosure (六)"),
    WORK_PLAN("附件：省级工作方案", "The provincial work plan (附件)"),
    TARGETS("二（二）发展目标", "Targets (二（二）)");

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
