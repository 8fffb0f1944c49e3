package org.grassroots.catalog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class VariantRowsTest {

    @Test
    void aFewIdsFillAPowerOfTwoOfPlaceholdersWithTheLastIdRepeated() {
        assertThat(VariantRows.byIds(List.of(7L))).isEqualTo(new VariantRows.Condition("v.id in (?)", List.of(7L)));
        assertThat(VariantRows.byIds(List.of(7L, 3L)))
                .isEqualTo(new VariantRows.Condition("v.id in (?, ?)", List.of(7L, 3L)));
        assertThat(VariantRows.byIds(List.of(7L, 3L, 9L)))
                .isEqualTo(new VariantRows.Condition("v.id in (?, ?, ?, ?)", List.of(7L, 3L, 9L, 9L)));
        assertThat(VariantRows.byIds(List.of(1L, 2L, 3L, 4L, 5L)).parameters())
                .containsExactly(1L, 2L, 3L, 4L, 5L, 5L, 5L, 5L);
    }

    @Test
    void sixtyFourIdsAreStillListedAndMoreGoInOneArray() {
        List<Long> listed =
                LongStream.rangeClosed(1, VariantRows.MAX_LISTED_IDS).boxed().toList();
        assertThat(VariantRows.byIds(listed).parameters()).isEqualTo(List.copyOf(listed));

        List<Long> many = LongStream.rangeClosed(1, VariantRows.MAX_LISTED_IDS + 1)
                .boxed()
                .toList();
        VariantRows.Condition condition = VariantRows.byIds(many);
        assertThat(condition.sql()).isEqualTo("v.id = any(?)");
        assertThat(condition.parameters()).hasSize(1);
        assertThat((Long[]) condition.parameters().get(0)).containsExactlyElementsOf(many);
    }
}
