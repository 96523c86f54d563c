package org.ecrural.kb.report;

import java.util.Objects;

/** A text in Chinese and English. */
public record Text(String zh, String en) {
    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** @return the text in the given language, "zh" or "en" */
    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
