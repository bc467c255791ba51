package io.cdnsim.config.trace;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * libCacheSim's {@code oracleGeneral} binary format: back-to-back 24-byte little-endian records, no header.
 *
 * <pre>
 * offset  type     field
 *  0      uint32   timestamp          (libCacheSim: clock_time; seconds in the published traces)
 *  4      uint64   obj_id
 * 12      uint32   obj_size           (bytes)
 * 16      int64    next_access_vtime  (index of the object's next request, -1 if none; not used here)
 * </pre>
 *
 * The timestamp is taken in seconds unless {@code time-unit} says otherwise; the id is the key as it is (ids above
 * 2<sup>63</sup> - 1 read as negative longs with the same bits); sizes are unsigned. {@link #lineNumber()} is the
 * 1-based record number. A file whose length is not a multiple of 24 ends with an error at the partial record.
 */
final class OracleGeneralReader extends AbstractTraceReader {

    /** Bytes per record. */
    static final int RECORD = 24;

    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private final InputStream in;
    private final long unitMicrosNum;
    private final long unitMicrosDen;
    private final byte[] buf = new byte[RECORD * 2730];
    private int pos;
    private int lim;
    private long records;
    /** The last record's timestamp, in the trace's unit. */
    private long timestamp;

    OracleGeneralReader(InputStream in, String source, TraceOptions options) {
        super(source, "record", options);
        this.in = in;
        long nanos = AbstractTextReader.nanos(options.timeUnit());
        long perMicro = AbstractTextReader.NANOS_PER_MICRO;
        this.unitMicrosNum = nanos >= perMicro ? nanos / perMicro : 1;
        this.unitMicrosDen = nanos >= perMicro ? 1 : perMicro / nanos;
    }

    @Override
    protected boolean read() throws IOException, TraceException {
        if (lim - pos < RECORD) {
            System.arraycopy(buf, pos, buf, 0, lim - pos);
            lim -= pos;
            pos = 0;
            while (lim < RECORD) {
                int r = in.read(buf, lim, buf.length - lim);
                if (r < 0) {
                    break;
                }
                lim += r;
            }
            if (lim == 0) {
                return false;
            }
            if (lim < RECORD) {
                throw fail(records + 1, "the file ends " + lim + " bytes into a " + RECORD + "-byte record (its"
                        + " length is not a multiple of 24, so it is truncated or not oracleGeneral)");
            }
        }
        timestamp = (int) INT.get(buf, pos) & 0xFFFF_FFFFL;
        readTime = timestamp * unitMicrosNum / unitMicrosDen;
        readKey = (long) LONG.get(buf, pos + 4);
        readSize = (int) INT.get(buf, pos + 12) & 0xFFFF_FFFFL;
        pos += RECORD;
        readPosition = ++records;
        return true;
    }

    @Override
    protected String timeWritten() {
        return "timestamp " + timestamp;
    }

    @Override
    protected long positionReached() {
        return records + 1;
    }

    @Override
    protected void release() throws IOException {
        in.close();
    }
}
