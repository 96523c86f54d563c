package org.ecrural.kb.report;

/** The two languages of reports. */
public enum Language {
    ZH, EN
}
