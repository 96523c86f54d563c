package org.ecrural.kb.rulesupport;

import java.util.ArrayList;
import java.util.List;

/**
 * What a subject lacks among the evidence a rule needs, for DRL consequences: yes/no evidence
 * fields that are not TRUE (absent is <em>not evidenced</em>, never silently false), texts that
 * are blank and values that are absent. Lists them in the order the rule checks them, in English
 * and in Chinese, and adds one evidence entry per lacking item.
 */
public final class Lacking {
    private final List<Item> items = new ArrayList<>();

    private record Item(String field, String zh, String stateEn, String stateZh) {
    }

    private Lacking() {
    }

    /** @return an empty list of lacking items */
    public static Lacking of() {
        return new Lacking();
    }

    /** Adds a yes/no evidence field unless it is TRUE: absent reads "not evidenced", FALSE reads "false". */
    public Lacking flag(String field, String zh, Boolean value) {
        if (!Boolean.TRUE.equals(value)) {
            items.add(new Item(field, zh, flagEn(value), flagZh(value)));
        }
        return this;
    }

    /** Adds a text field that is absent or blank. */
    public Lacking text(String field, String zh, String value) {
        if (value == null) {
            items.add(new Item(field, zh, "missing", "缺失"));
        } else if (value.isBlank()) {
            items.add(new Item(field, zh, "blank", "为空"));
        }
        return this;
    }

    /** Adds a value that is absent. */
    public Lacking present(String field, String zh, Object value) {
        if (value == null) {
            items.add(new Item(field, zh, "missing", "缺失"));
        }
        return this;
    }

    /** @return whether nothing is lacking */
    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** @return the lacking fields' names, in checking order: "poorHouseholdRecords, onlineSalesRecords" */
    public String fields() {
        return String.join(", ", items.stream().map(Item::field).toList());
    }

    /** @return each lacking field with its state: "signage not evidenced, activityInfo false" */
    public String en() {
        return String.join(", ", items.stream().map(i -> i.field() + " " + i.stateEn()).toList());
    }

    /** @return each lacking field in Chinese with its state: "标识（未提供证明）、活动信息（否）" */
    public String zh() {
        return String.join("、", items.stream().map(i -> i.zh() + "（" + i.stateZh() + "）").toList());
    }

    /** @return the lacking fields in Chinese, without their states: "交易信息、活动信息" */
    public String namesZh() {
        return String.join("、", items.stream().map(Item::zh).toList());
    }

    /** @return whether every lacking item is absent rather than stated false or blank */
    public boolean onlyNotEvidenced() {
        return !items.isEmpty() && items.stream().allMatch(i -> i.stateEn().equals("not evidenced"));
    }

    /** Adds one evidence entry per lacking item, detail "field state". */
    public FindingCollector.Builder addEvidence(FindingCollector.Builder b, String kind, String id) {
        for (Item i : items) {
            b.evidence(kind, id, i.field() + " " + i.stateEn());
        }
        return b;
    }

    /** @return "not evidenced" for an absent yes/no field, "false" or "true" otherwise */
    public static String flagEn(Boolean value) {
        return value == null ? "not evidenced" : value.toString();
    }

    /** @return "未提供证明" for an absent yes/no field, "否" or "是" otherwise */
    public static String flagZh(Boolean value) {
        return value == null ? "未提供证明" : value ? "是" : "否";
    }
}
