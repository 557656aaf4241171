package io.iotad.models.forest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IsolationTreeTest {
    private static final double[] SPLITS = {0.5, 0, 0};
    private static final int[] SIZES = {4, 1, 3};

    @Test
    void given_a_root_and_two_leaves_when_built_then_it_has_three_nodes() {
        IsolationTree tree = new IsolationTree(new int[] {0, -1, -1}, SPLITS, new int[] {1, -1, -1}, SIZES);
        assertThat(tree.nodeCount()).isEqualTo(3);
    }

    @Test
    void given_a_left_child_near_int_max_when_built_then_it_is_refused_not_overflowed() {
        // left + 1 overflows to Integer.MIN_VALUE: a check written as left + 1 >= n let it through
        assertThatThrownBy(() -> new IsolationTree(new int[] {0, -1, -1}, SPLITS,
                new int[] {Integer.MAX_VALUE, -1, -1}, SIZES))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("node 0").hasMessageContaining("children at 2147483647 of 3 nodes");
    }

    @Test
    void given_a_left_child_whose_right_sibling_is_past_the_end_when_built_then_it_is_refused() {
        assertThatThrownBy(() -> new IsolationTree(new int[] {0, -1, -1}, SPLITS, new int[] {2, -1, -1}, SIZES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("children at 2 of 3 nodes");
    }

    @Test
    void given_a_child_before_its_parent_when_built_then_it_is_refused() {
        assertThatThrownBy(() -> new IsolationTree(new int[] {-1, 0, -1}, SPLITS, new int[] {-1, 0, -1}, SIZES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("node 1");
    }
}
