package io.iotad.models.neighbors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class KdTreePropertiesTest {
    @Property(tries = 40)
    void kd_tree_finds_exactly_the_brute_force_neighbours(@ForAll @LongRange(min = 0, max = 10_000) long seed,
                                                          @ForAll @IntRange(min = 1, max = 6) int d,
                                                          @ForAll @IntRange(min = 1, max = 400) int n,
                                                          @ForAll @IntRange(min = 1, max = 40) int leafSize,
                                                          @ForAll boolean gridded) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] pts = new double[n * d];
        for (int i = 0; i < pts.length; i++) {
            // gridded values create many ties and duplicates
            pts[i] = gridded ? r.nextInt(4) : r.nextGaussian();
        }
        KdTree tree = new KdTree(pts, d, leafSize);
        BruteForceIndex brute = new BruteForceIndex(pts, d);
        int k = 1 + r.nextInt(Math.min(n, 25));
        NeighborHeap a = new NeighborHeap(1);
        NeighborHeap b = new NeighborHeap(1);
        double[] q = new double[d];
        for (int t = 0; t < 20; t++) {
            for (int j = 0; j < d; j++) {
                q[j] = gridded ? r.nextInt(4) : 1.5 * r.nextGaussian();
            }
            tree.query(q, 0, k, a);
            brute.query(q, 0, k, b);
            double[] da = new double[k];
            double[] db = new double[k];
            int[] ia = new int[k];
            int[] ib = new int[k];
            a.drainSorted(da, ia, 0);
            b.drainSorted(db, ib, 0);
            assertThat(ia).containsExactly(ib);
            assertThat(da).containsExactly(db);
        }
        assertThat(tree.size()).isEqualTo(n);
        assertThat(tree.dimensions()).isEqualTo(d);
    }

    @Property(tries = 20)
    void locality_orders_are_permutations(@ForAll @LongRange(min = 0, max = 10_000) long seed,
                                          @ForAll @IntRange(min = 1, max = 300) int n,
                                          @ForAll @IntRange(min = 0, max = 300) int m) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] pts = new double[n * 2];
        double[] queries = new double[m * 2];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = r.nextGaussian();
        }
        for (int i = 0; i < queries.length; i++) {
            queries[i] = r.nextGaussian();
        }
        for (NeighborIndex index : new NeighborIndex[] {new KdTree(pts, 2, 4), new BruteForceIndex(pts, 2)}) {
            int[] byQuery = index.localityOrder(queries).clone();
            java.util.Arrays.sort(byQuery);
            int[] byPoint = index.localityOrder().clone();
            java.util.Arrays.sort(byPoint);
            assertThat(byQuery).containsExactly(java.util.stream.IntStream.range(0, m).toArray());
            assertThat(byPoint).containsExactly(java.util.stream.IntStream.range(0, n).toArray());
        }
    }

    @Test
    void given_k_out_of_range_when_queried_then_it_is_rejected() {
        KdTree tree = new KdTree(new double[] {0, 1, 2}, 1, 2);
        NeighborHeap h = new NeighborHeap(2);
        assertThatThrownBy(() -> tree.query(new double[] {0}, 0, 4, h)).hasMessageContaining("[1, 3]");
        assertThatThrownBy(() -> tree.query(new double[] {0}, 0, 0, h)).hasMessageContaining("got 0");
    }

    @Test
    void given_bad_shapes_when_built_then_they_are_rejected() {
        assertThatThrownBy(() -> new KdTree(new double[] {0, 1, 2}, 2, 4)).hasMessageContaining("dividing");
        assertThatThrownBy(() -> new KdTree(new double[] {0, 1}, 1, 0)).hasMessageContaining("leafSize");
        assertThatThrownBy(() -> new BruteForceIndex(new double[] {0, 1, 2}, 2)).hasMessageContaining("dividing");
        assertThatThrownBy(() -> new NeighborHeap(0)).hasMessageContaining("capacity");
    }

    @Test
    void given_all_identical_points_when_built_then_the_tree_is_one_leaf_and_ties_break_by_index() {
        KdTree tree = new KdTree(new double[] {5, 5, 5, 5, 5}, 1, 2);
        assertThat(tree.nodeCount()).isEqualTo(1);
        NeighborHeap h = new NeighborHeap(3);
        tree.query(new double[] {5}, 0, 3, h);
        double[] dist = new double[3];
        int[] idx = new int[3];
        h.drainSorted(dist, idx, 0);
        assertThat(idx).containsExactly(0, 1, 2);
        assertThat(dist).containsExactly(0, 0, 0);
    }

    @Test
    void given_a_dimension_when_an_index_is_chosen_then_high_dimensions_get_brute_force() {
        assertThat(NeighborIndex.build(new double[20], 2, 8, 15)).isInstanceOf(KdTree.class);
        assertThat(NeighborIndex.build(new double[20], 2, 8, 1)).isInstanceOf(BruteForceIndex.class);
    }
}
