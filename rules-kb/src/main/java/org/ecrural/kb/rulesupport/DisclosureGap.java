package org.ecrural.kb.rulesupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ecrural.kb.SubjectType;
import org.ecrural.kb.facts.AreaOfPlan;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Province;

/**
 * A subject that lacks the dedicated disclosure column of 六（四）: a listed demo area (its
 * government portal) or the province (its department's website). MGMT-DISCLOSURE-COLUMN is one
 * rule over both kinds of subject, and a rule id belongs to one rule only; so the rule collects
 * the areas and the province lacking a column into these small derived values and fires once for
 * each.
 *
 * @param type   AREA or PROVINCE
 * @param id     the area's or the province's code
 * @param name   how messages name it: "通渭县 (621121)" or "甘肃省"
 * @param column the disclosureColumn field as the plan gives it: FALSE, or null (not evidenced)
 */
public record DisclosureGap(SubjectType type, String id, String name, Boolean column) {

    /**
     * @param areas     listed demo areas ({@link DemoArea}) whose disclosureColumn is not TRUE
     * @param places    the {@link AreaOfPlan} facts, to name the areas
     * @param provinces the {@link Province} facts whose disclosureColumn is not TRUE (at most one)
     * @return one gap per area and per province lacking a column, areas first
     */
    public static List<DisclosureGap> lacking(Collection<?> areas, Collection<?> places, Collection<?> provinces) {
        List<DisclosureGap> gaps = new ArrayList<>();
        for (Object o : areas) {
            DemoArea a = (DemoArea) o;
            if (a.getCode() == null || Boolean.TRUE.equals(a.getDisclosureColumn())) {
                continue;
            }
            String name = a.getCode();
            for (Object p : places) {
                AreaOfPlan place = (AreaOfPlan) p;
                if (place.getCode().equals(a.getCode())) {
                    name = Describe.area(place);
                }
            }
            gaps.add(new DisclosureGap(SubjectType.AREA, a.getCode(), name, a.getDisclosureColumn()));
        }
        for (Object o : provinces) {
            Province p = (Province) o;
            if (p.getCode() == null || Boolean.TRUE.equals(p.getDisclosureColumn())) {
                continue;
            }
            gaps.add(new DisclosureGap(SubjectType.PROVINCE, p.getCode(),
                    Fmt.blank(p.getName()) ? p.getCode() : p.getName(), p.getDisclosureColumn()));
        }
        return gaps;
    }

    /** @return whether the subject is the province */
    public boolean isProvince() {
        return type == SubjectType.PROVINCE;
    }
}
