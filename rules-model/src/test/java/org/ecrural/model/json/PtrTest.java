package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Pointers and cursors: what is kept of a place never moves with the cursor it came from. */
class PtrTest {

    @Test
    void aCursorMovesAndWhatWasFrozenStays() {
        Ptr records = Ptr.ROOT.field("trainingRecords");
        Ptr element = records.cursor();
        Ptr field = element.at(0).cursor();
        Ptr id = field.at("id").frozen();
        Ptr area = field.at("area").frozen();
        assertThat(field).hasToString("/trainingRecords/0/area");
        element.at(7);
        field.at("hours");
        Ptr hours = field.frozen();
        assertThat(id).hasToString("/trainingRecords/0/id");
        assertThat(area).hasToString("/trainingRecords/0/area");
        assertThat(hours).hasToString("/trainingRecords/7/hours");
        assertThat(field).hasToString("/trainingRecords/7/hours");
    }

    @Test
    void aPointerBuiltOnACursorIsFrozenWithItsWholePath() {
        Ptr element = Ptr.ROOT.field("counties").cursor().at(2);
        Ptr villages = element.field("villages").field("administrativeServed");
        Ptr kept = villages.frozen();
        element.at(3);
        assertThat(kept).hasToString("/counties/2/villages/administrativeServed");
        assertThat(villages).hasToString("/counties/3/villages/administrativeServed");
    }

    @Test
    void aPointerWithoutCursorIsItsOwnFrozenCopyAndACursorSharesOneUntilItMoves() {
        Ptr plain = Ptr.ROOT.field("projects").index(0).field("id");
        assertThat(plain.frozen()).isSameAs(plain);
        Ptr cursor = Ptr.ROOT.field("projects").cursor().at(1);
        assertThat(cursor.frozen()).isSameAs(cursor.frozen()).isNotSameAs(cursor);
        Ptr before = cursor.frozen();
        cursor.at(2);
        assertThat(cursor.frozen()).isNotSameAs(before).hasToString("/projects/2");
        assertThat(Ptr.ROOT.frozen()).isSameAs(Ptr.ROOT).hasToString("/");
    }

    @Test
    void onlyACursorMoves() {
        assertThatThrownBy(() -> Ptr.ROOT.field("x").at(1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Ptr.ROOT.at("x")).isInstanceOf(IllegalStateException.class);
    }
}
