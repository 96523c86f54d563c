package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecrural.model.PlanDocument;
import org.ecrural.model.Track;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void runs() {
        PlanDocument p = Plans.gansu();
        p.getCounties().add(Plans.povertyCounty("621121", "621100"));
        p.getNominations().add(Plans.nominate("621121", Track.OLD_AREA, 1));
        Report r = Plans.evaluate(p);
        System.out.println(r.toJson());
        assertThat(Plans.ruleIds(r)).contains("ELIG-OLD-AREA-TRACK@621121");
    }
}
