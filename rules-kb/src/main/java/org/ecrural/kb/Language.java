package org.ecrural.kb;

/** The two languages of reports. */
public enum Language {
    ZH, EN
}
