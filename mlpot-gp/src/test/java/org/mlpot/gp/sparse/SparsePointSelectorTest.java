package org.mlpot.gp.sparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mlpot.spec.SparseSpec.Selection;

class SparsePointSelectorTest {

    @Test
    void factoryGivesOneSelectorPerMethod() {
        assertEquals(CurSelector.class, SparsePointSelector.of(Selection.CUR).getClass());
        assertEquals(FarthestPointSelector.class, SparsePointSelector.of(Selection.FARTHEST_POINT).getClass());
        assertEquals(UniformSelector.class, SparsePointSelector.of(Selection.UNIFORM).getClass());
        assertEquals(RandomSelector.class, SparsePointSelector.of(Selection.RANDOM).getClass());
        assertEquals("selection is null",
                assertThrows(NullPointerException.class, () -> SparsePointSelector.of(null)).getMessage());
    }
}
