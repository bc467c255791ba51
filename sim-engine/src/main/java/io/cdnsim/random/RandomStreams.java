package io.cdnsim.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Named, independent random streams derived from one master seed.
 *
 * <p>The seed of a stream is the SHA-256 digest of the master seed and the stream's name, so a stream's numbers depend
 * on nothing but those two: adding a stream, drawing more from another one, or changing an unrelated part of a scenario
 * leaves every other stream's sequence unchanged. Two scenarios run with the same seed therefore share their common
 * random numbers (arrivals, popularity, ...), which is what makes what-if comparisons sharp.
 *
 * <p>The generator is XoShiRo256++ (XO_SHI_RO_256_PP, period 2^256 - 1), seeded with the 256 bits of the digest.
 */
public final class RandomStreams {

    private final long masterSeed;

    /**
     * @param masterSeed the scenario's master seed
     */
    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    /** @return the master seed */
    public long masterSeed() {
        return masterSeed;
    }

    /**
     * Returns a new generator for the stream with this name. Asking twice for the same name gives two generators that
     * produce the same sequence.
     *
     * @param name the purpose, for example {@code "arrivals"} or {@code "hit-ratio/edge-lon"}
     * @return a generator seeded from the master seed and the name
     */
    public UniformRandomProvider stream(String name) {
        return RandomSource.XO_SHI_RO_256_PP.create(seedOf(name));
    }

    /**
     * Returns the streams of one replication: the same names give independent sequences in different replications,
     * and replication 0 of a seed is the same in every run.
     *
     * @param replication replication index, from 0
     * @return the streams for that replication
     */
    public RandomStreams replication(int replication) {
        long[] s = seedOf("replication/" + replication);
        return new RandomStreams(s[0] ^ s[1] ^ s[2] ^ s[3]);
    }

    private long[] seedOf(String name) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(masterSeed).array());
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        ByteBuffer digest = ByteBuffer.wrap(sha.digest());
        long[] seed = new long[4];
        for (int i = 0; i < 4; i++) {
            seed[i] = digest.getLong();
        }
        return seed;
    }
}
