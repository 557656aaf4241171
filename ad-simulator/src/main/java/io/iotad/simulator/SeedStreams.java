package io.iotad.simulator;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the run's seed and the coordinates of
 * what is being simulated (an apartment's index, a building's index, a purpose), so that every
 * entity draws from its own {@link SplittableRandom} whatever the thread that simulates it and
 * whatever else is switched on or off in the run.
 */
public final class SeedStreams {
    /** Stream of the portfolio layout (regions, buildings, apartments). */
    public static final long LAYOUT = 0x4C41594FL;
    /** Stream of the weather of one region. */
    public static final long WEATHER = 0x57454154L;
    /** Stream of an apartment's occupant behaviour and sensor noise. */
    public static final long BEHAVIOUR = 0x42454841L;
    /** Stream of an apartment's or building's equipment faults. */
    public static final long FAULTS = 0x46415554L;
    /** Stream of an apartment's or building's nuisance behaviour. */
    public static final long NUISANCE = 0x4E554953L;
    /** Stream of the data faults of the written files. */
    public static final long DATA_FAULTS = 0x44415441L;

    private SeedStreams() {
    }

    /**
     * @param seed the run's seed
     * @param purpose one of the stream constants of this class
     * @param index the entity's index (apartment, building, region or day), 0-based
     * @return a random stream that depends only on the three arguments
     */
    public static SplittableRandom stream(long seed, long purpose, long index) {
        return new SplittableRandom(mix(mix(mix(seed) ^ purpose) + index * 0x9E3779B97F4A7C15L));
    }

    /** MurmurHash3's 64-bit finaliser: a bijective avalanche mix. */
    static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
        return z ^ (z >>> 33);
    }
}
