package io.cdnsim.content;

/**
 * Packs an object's identity into one long: kind (3 bits), rendition (6 bits), title or channel (22 bits) and index
 * (32 bits, the segment number). Bit 63 stays 0, so ids are positive. Packing lets every node, table and event carry
 * an object as a primitive.
 */
public final class ObjectIds {

    /** Most renditions a title may have. */
    public static final int MAX_RENDITIONS = 64;
    /** Most titles or channels. */
    public static final int MAX_TITLES = 1 << 22;

    private ObjectIds() {
    }

    /**
     * @param kind      the object's kind
     * @param title     title or channel number, 0 to {@link #MAX_TITLES} - 1
     * @param rendition rendition index, 0 to {@link #MAX_RENDITIONS} - 1 (0 for objects of no rendition)
     * @param index     segment index, 0 to 2^32 - 1 (0 for objects that are not segments)
     * @return the id
     */
    public static long of(ObjectKind kind, int title, int rendition, long index) {
        return ((long) kind.ordinal() << 60) | ((long) rendition << 54) | ((long) title << 32) | (index & 0xFFFF_FFFFL);
    }

    /** @param id an id @return its kind */
    public static ObjectKind kind(long id) {
        return ObjectKind.of((int) (id >>> 60) & 7);
    }

    /** @param id an id @return its rendition */
    public static int rendition(long id) {
        return (int) (id >>> 54) & 63;
    }

    /** @param id an id @return its title or channel */
    public static int title(long id) {
        return (int) (id >>> 32) & (MAX_TITLES - 1);
    }

    /** @param id an id @return its index */
    public static long index(long id) {
        return id & 0xFFFF_FFFFL;
    }
}
