package org.ecrural.kb;

import org.ecrural.kb.edition.ClauseKeys;
import org.ecrural.kb.edition.EditionParameters;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.OldAreaRegion;
import org.ecrural.model.SupportMethod;
import org.junit.jupiter.api.Test;

/** The 2018 edition's parameters are the notice's numbers, each cited by its clause. */
class EditionParametersTest {
    private static final EditionParameters E = EditionParameters.builtIn();

    @Test
    void theNumbersOfThe2018Notice() {
        assertThat(E.getEdition()).isEqualTo("2018");
        assertThat(E.getYear()).isEqualTo(2018);
        assertThat(E.getUpwardMinShare()).isEqualByComparingTo("0.50");
        assertThat(E.getServiceCentreMaxShare()).isEqualByComparingTo("0.15");
        assertThat(E.getOldAreaQuotaPerProvince()).isEqualTo(5);
        assertThat(E.getFilingDeadline()).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(E.getFinalDeadline()).isEqualTo(LocalDate.of(2018, 6, 15));
        assertThat(E.getVillageCoverageTarget()).isEqualByComparingTo("0.50");
        assertThat(E.getSignageText()).isEqualTo("电子商务进农村综合示范项目");
        assertThat(E.getAddressedProvinces()).hasSize(22).contains("620000", "360000", "450000").doesNotContain("640000", "500000");
        assertThat(E.getProhibitedExpenseTypes()).containsExactlyInAnyOrder(ExpenseType.ONLINE_TRADING_PLATFORM,
                ExpenseType.BUILDING, ExpenseType.WORKING_EXPENSE, ExpenseType.TRAFFIC_PURCHASE);
        assertThat(E.getPreferredSupportMethods()).containsExactlyInAnyOrder(SupportMethod.AWARD_IN_LIEU_OF_SUBSIDY,
                SupportMethod.LOAN_INTEREST_SUBSIDY);
        assertThat(E.regionLiesIn(OldAreaRegion.SHAAN_GAN_NING, "640000")).isTrue();
        assertThat(E.regionLiesIn(OldAreaRegion.SHAAN_GAN_NING, "620000")).isTrue();
        assertThat(E.regionLiesIn(OldAreaRegion.DABIE_SHAN, "620000")).isFalse();
        assertThat(E.getRegionProvinces()).hasSize(9);
    }

    @Test
    void everyParameterCitesAClauseOfTheNotice() {
        assertThat(E.parameters()).isNotEmpty().allSatisfy(p -> assertThat(ClauseKeys.exists(p.clause())).as(p.name()).isTrue());
        assertThat(E.clauseOf("upwardMinShare")).isEqualTo("4.1");
        assertThat(E.clauseOf("filingDeadline")).isEqualTo("5.1");
    }

    @Test
    void brokenInvariantsAreAllReported() {
        String json = """
                {"edition": "2018", "year": 2018, "parameters": {
                  "upwardMinShare": {"clause": "4.1", "value": "1.20"},
                  "serviceCentreMaxShare": {"clause": "4.2", "value": "0.15"},
                  "filingDeadline": {"clause": "5.1", "value": "2018-06-30"},
                  "finalDeadline": {"value": "2018-06-15"},
                  "oldAreaQuotaPerProvince": {"clause": "5.1", "value": -1}}}
                """;
        assertThatThrownBy(() -> EditionParameters.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x.json"))
                .isInstanceOf(EditionParameters.InvalidParametersException.class)
                .satisfies(e -> assertThat(((EditionParameters.InvalidParametersException) e).problems())
                        .anyMatch(p -> p.contains("upwardMinShare is a share and must lie between 0 and 1"))
                        .anyMatch(p -> p.contains("parameter addressedProvinces is missing"))
                        .anyMatch(p -> p.contains("finalDeadline cites no clause")));
    }
}
