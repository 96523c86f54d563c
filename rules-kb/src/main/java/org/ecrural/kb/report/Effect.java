package org.ecrural.kb.report;

/**
 * What a finding of a rule means beyond blocking its subject, as the rule's words file states it
 * ({@code effects: [DEEMED_WITHDRAWN]}).
 */
public enum Effect {
    /** The province's filing is void: 视为自动放弃 (五（一）, 五（二）); its verdict is DEEMED_WITHDRAWN. */
    DEEMED_WITHDRAWN
}
