package fr.maillage.participation;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The draw's deterministic random numbers, built only from SHA-256 so that anyone can recompute
 * them with any language: block {@code i} (i = 0, 1, 2...) is SHA-256(seed || i as 8 bytes big-endian),
 * and each block gives four unsigned 64-bit numbers read big-endian. A number below n is taken by
 * rejection (numbers in the last incomplete run of n are skipped) so that every value is equally likely.
 */
public final class SeededStream {

    private final byte[] seed;
    private final MessageDigest sha256;
    private final ByteBuffer block = ByteBuffer.allocate(32);
    private long counter;

    public SeededStream(byte[] seed) {
        this.seed = seed.clone();
        this.sha256 = sha256();
        block.position(32);
    }

    /** The next unsigned 64-bit number, as a Java long holding its bits. */
    public long nextLong() {
        if (!block.hasRemaining()) {
            sha256.update(seed);
            sha256.update(ByteBuffer.allocate(8).putLong(counter++).array());
            block.clear();
            block.put(sha256.digest());
            block.flip();
        }
        return block.getLong();
    }

    /** A number in [0, n), every value equally likely. */
    public int below(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive: " + n);
        }
        // 2^64 mod n: the numbers at or above 2^64 - (2^64 mod n) would favour the small values.
        long excess = (Long.remainderUnsigned(-1L, n) + 1) % n;
        while (true) {
            long x = nextLong();
            if (excess == 0 || Long.compareUnsigned(x, -excess) < 0) {
                return (int) Long.remainderUnsigned(x, n);
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
