package org.ecrural.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingTest {
    @Test
    void countsInsertionsDeletionsSubstitutionsAndSwapsOfNeighbours() {
        assertThat(Spelling.distance("centralFunds", "centralFunds")).isZero();
        assertThat(Spelling.distance("centralFund", "centralFunds")).isEqualTo(1);
        assertThat(Spelling.distance("direktion", "direction")).isEqualTo(1);
        assertThat(Spelling.distance("upwadrMinShare", "upwardMinShare")).isEqualTo(1);
        assertThat(Spelling.distance("", "abc")).isEqualTo(3);
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    }
}
