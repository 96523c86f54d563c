package org.ecrural.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The helpers the rules call on facts, each at its edges. */
class FactHelpersTest {

    @Test
    void aPovertyCountyIsANationalKeyCountyOrOneOfAContiguousArea() {
        assertThat(County.builder().nationalKeyCounty(true).build().isPovertyCounty()).isTrue();
        assertThat(County.builder().nationalKeyCounty(false).build().isPovertyCounty()).isFalse();
        assertThat(County.builder().build().isPovertyCounty()).isFalse();
        assertThat(County.builder().nationalKeyCounty(false).contiguousArea("六盘山区").build().isPovertyCounty()).isTrue();
        assertThat(County.builder().contiguousArea(" ").build().isPovertyCounty()).isFalse();
        assertThat(County.builder().contiguousArea("").build().isPovertyCounty()).isFalse();
    }

    @Test
    void contiguousAreaCountiesNeedANonBlankArea() {
        assertThat(County.builder().contiguousArea("燕山-太行山区").build().isContiguousAreaCounty()).isTrue();
        assertThat(County.builder().contiguousArea(" \t").build().isContiguousAreaCounty()).isFalse();
        assertThat(County.builder().nationalKeyCounty(true).build().isContiguousAreaCounty()).isFalse();
    }

    @Test
    void districtsAreMunicipalDistrictsOnly() {
        assertThat(County.builder().divisionType(DivisionType.DISTRICT).build().isDistrict()).isTrue();
        assertThat(County.builder().divisionType(DivisionType.COUNTY).build().isDistrict()).isFalse();
        assertThat(County.builder().build().isDistrict()).isFalse();
    }

    @Test
    void supportedBeforeIsStrictlyEarlier() {
        assertThat(County.builder().supportedInYear(2017).build().isSupportedBefore(2018)).isTrue();
        assertThat(County.builder().supportedInYear(2018).build().isSupportedBefore(2018)).isFalse();
        assertThat(County.builder().supportedInYear(2019).build().isSupportedBefore(2018)).isFalse();
        assertThat(County.builder().build().isSupportedBefore(2018)).isFalse();
    }

    @Test
    void theProvinceCodeIsTheFirstTwoDigits() {
        assertThat(County.builder().code("621121").build().getProvinceCode()).isEqualTo("620000");
        assertThat(County.builder().code("62").build().getProvinceCode()).isEqualTo("620000");
        assertThat(County.builder().code("6").build().getProvinceCode()).isNull();
        assertThat(County.builder().build().getProvinceCode()).isNull();
    }

    @Test
    void centralFundsCountWhenAboveZero() {
        assertThat(ProjectItem.builder().centralFunds(new BigDecimal("0.01")).build().hasCentralFunds()).isTrue();
        assertThat(ProjectItem.builder().centralFunds(BigDecimal.ZERO).build().hasCentralFunds()).isFalse();
        assertThat(ProjectItem.builder().centralFunds(new BigDecimal("-1")).build().hasCentralFunds()).isFalse();
        assertThat(ProjectItem.builder().build().hasCentralFunds()).isFalse();
        assertThat(ProjectItem.builder().build().centralFundsOrZero()).isEqualByComparingTo("0");
        assertThat(ProjectItem.builder().centralFunds(new BigDecimal("12.50")).build().centralFundsOrZero())
                .isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void aFiscalSubsidyIsCentralOrLocalFundsAboveZero() {
        assertThat(ProjectItem.builder().centralFunds(BigDecimal.ONE).build().hasFiscalSubsidy()).isTrue();
        assertThat(ProjectItem.builder().localFunds(BigDecimal.ONE).build().hasFiscalSubsidy()).isTrue();
        assertThat(ProjectItem.builder().localFunds(BigDecimal.ZERO).centralFunds(BigDecimal.ZERO).build().hasFiscalSubsidy())
                .isFalse();
        assertThat(ProjectItem.builder().socialFunds(BigDecimal.TEN).build().hasFiscalSubsidy()).isFalse();
        assertThat(ProjectItem.builder().build().hasFiscalSubsidy()).isFalse();
    }

    @Test
    void theLedgerLacksWhatIsAbsentOrBlankInOrder() {
        assertThat(ProjectItem.builder().build().getMissingLedgerFields()).containsExactly(LedgerField.ENTRY);
        assertThat(ProjectItem.builder().ledger(new Ledger()).build().getMissingLedgerFields())
                .containsExactly(LedgerField.RESPONSIBLE, LedgerField.DEADLINE);
        assertThat(ProjectItem.builder().ledger(new Ledger(" ", LocalDate.of(2018, 12, 31))).build().getMissingLedgerFields())
                .containsExactly(LedgerField.RESPONSIBLE);
        assertThat(ProjectItem.builder().ledger(new Ledger("张三", null)).build().getMissingLedgerFields())
                .containsExactly(LedgerField.DEADLINE);
        assertThat(ProjectItem.builder().ledger(new Ledger("张三", LocalDate.of(2018, 12, 31))).build().getMissingLedgerFields())
                .isEmpty();
    }

    @Test
    void listsAreCopiedAndNullIsEmpty() {
        List<StationFunction> functions = new java.util.ArrayList<>(List.of(StationFunction.values()[0]));
        ProjectItem p = ProjectItem.builder().stationFunctions(functions).build();
        functions.clear();
        assertThat(p.getStationFunctions()).hasSize(1);
        p.setStationFunctions(null);
        assertThat(p.getStationFunctions()).isEmpty();
        PlanDocument d = new PlanDocument();
        d.setProjects(null);
        assertThat(d.getProjects()).isEmpty();
        d.setProjects(List.of(p));
        assertThat(d.getProjects()).containsExactly(p);
    }

    @Test
    void spellingCountsSwapsOfNeighboursAsOne() {
        assertThat(Spelling.distance("", "")).isZero();
        assertThat(Spelling.distance("abc", "")).isEqualTo(3);
        assertThat(Spelling.distance("", "ab")).isEqualTo(2);
        assertThat(Spelling.distance("code", "cdoe")).isEqualTo(1);
        assertThat(Spelling.distance("code", "coder")).isEqualTo(1);
        assertThat(Spelling.distance("code", "cove")).isEqualTo(1);
        assertThat(Spelling.distance("abcd", "badc")).isEqualTo(2);
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    }
}
