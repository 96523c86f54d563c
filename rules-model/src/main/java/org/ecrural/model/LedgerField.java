package org.ecrural.model;

/**
 * What a project's entry in the project ledger states (六（二）: 明确责任人和进展时限): the entry
 * itself, its responsible person and its progress deadline ({@link ProjectItem#getMissingLedgerFields()}).
 */
public enum LedgerField {
    ENTRY, RESPONSIBLE, DEADLINE
}
