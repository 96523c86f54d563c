package org.ecrural.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A plan on which every rule of the rule base fires: the bundled Gansu sample (29 of the 45
 * rules) combined with one violating case for each of the other 16, each marked with its rule.
 */
final class AllRulesPlan {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AllRulesPlan() {
    }

    /** @return the plan as format v1 JSON text */
    static String json() {
        try {
            ObjectNode p = (ObjectNode) JSON.readTree(EvaluateCommandTest.sampleText());
            ((ObjectNode) p.get("province")).put("reportingChannel", false);               // MGMT-REPORTING-CHANNEL
            ObjectNode filing = (ObjectNode) p.get("filing");
            filing.put("receivedOn", "2018-06-02");                                         // PROC-FILING-DEADLINE
            ArrayNode contents = filing.putArray("contents");                               // PROC-FILING-CONTENTS: no WORK_PLAN
            contents.add("ELIGIBILITY_CONDITIONS").add("POVERTY_RANKED_LIST").add("OLD_AREA_RANKED_LIST");
            ObjectNode fin = (ObjectNode) p.get("finalSubmission");
            fin.put("sentOn", "2018-06-20");                                                // PROC-FINAL-DEADLINE
            fin.put("form", "OTHER");                                                       // PROC-FINAL-FORM
            p.put("quota", 3);                                                              // PROC-FINAL-QUOTA
            ArrayNode items = (ArrayNode) p.get("workPlan").get("items");                   // PLAN-2018-CONTENT
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).asText().equals("EVALUATION_METHOD")) {
                    items.remove(i);
                    break;
                }
            }
            ArrayNode counties = (ArrayNode) p.get("counties");
            ArrayNode nominations = (ArrayNode) p.get("nominations");
            // ELIG-PROVINCE-ADDRESSED: a Ningxia county (not addressed in 2018)
            counties.add(county("640423", "隆德县", "640400", "固原市", true, "SHAAN_GAN_NING", "COUNTY"));
            nominations.add(nomination("640423", "POVERTY", 5));
            // ELIG-POVERTY-TRACK, and PROC-RANKED-LISTS (a tie at rank 5)
            counties.add(county("620502", "秦州区", "620500", "天水市", false, null, "DISTRICT"));
            nominations.add(nomination("620502", "POVERTY", 5));
            // ELIG-OLD-AREA-TRACK: no old-area region
            counties.add(county("620521", "清水县", "620500", "天水市", false, null, "COUNTY"));
            nominations.add(nomination("620521", "OLD_AREA", 3));
            // ELIG-OLD-AREA-QUOTA: six old-area nominations
            String[] more = {"620821", "620822", "620824", "620825"};
            for (int i = 0; i < more.length; i++) {
                counties.add(county(more[i], "老区县" + more[i], "620800", "平凉市", false, "SHAAN_GAN_NING", "COUNTY"));
                nominations.add(nomination(more[i], "OLD_AREA", 4 + i));
            }
            // MGMT-INFO-SYSTEM: an area not connected
            ObjectNode area = ((ArrayNode) p.get("areas")).addObject();
            area.put("code", "621126").put("postTrainingService", true).put("infoSystemConnected", false)
                    .put("disclosureColumn", true).putArray("justifications");
            // FUND-WITHIN-ALLOCATION (no allocation), FUND-PREFERRED-METHODS, ACPT-OPERATION-PLAN
            ObjectNode project = ((ObjectNode) p.get("projects").get(0)).deepCopy();
            project.put("id", "P-MX-01").put("area", "621126").put("name", "岷县中药材电商仓储")
                    .put("direction", "OTHER").put("expenseType", "OTHER").put("centralFunds", "800000.00")
                    .put("localFunds", "0").put("supportMethod", "DIRECT_SUBSIDY").put("operationPlan", false);
            ((ArrayNode) p.get("projects")).add(project);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the plan into dir and returns its path. */
    static Path write(Path dir) throws IOException {
        Path file = dir.resolve("all-rules-plan.json");
        Files.writeString(file, json(), StandardCharsets.UTF_8);
        return file;
    }

    private static ObjectNode county(String code, String name, String prefecture, String prefectureName, boolean key,
                                     String region, String divisionType) {
        ObjectNode c = JSON.createObjectNode();
        c.put("code", code).put("name", name).put("prefectureCode", prefecture).put("prefecture", prefectureName)
                .put("divisionType", divisionType).put("nationalKeyCounty", key).putNull("contiguousArea");
        if (region == null) {
            c.putNull("oldAreaRegion");
        } else {
            c.put("oldAreaRegion", region);
        }
        c.putNull("supportedInYear");
        return c;
    }

    private static ObjectNode nomination(String county, String track, int rank) {
        ObjectNode n = JSON.createObjectNode();
        n.put("county", county).put("track", track).put("rank", rank);
        return n;
    }
}
