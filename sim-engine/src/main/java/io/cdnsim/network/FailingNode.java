package io.cdnsim.network;

import io.cdnsim.kernel.EventHandler;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.ErrorCause;
import io.cdnsim.metrics.Outcome;
import io.cdnsim.model.Failure;
import java.util.Arrays;

/**
 * A node that the failure schedule takes down, as its partition's loop sees it: its events pass through this, which
 * runs the node's failures at their exact times, as events scheduled before the run starts (so before anything else
 * at the same instant), in the partition that runs the node.
 *
 * <p>When the node goes down, every request it holds fails at once: the owner and the waiters of each fetch it has
 * in flight are answered with an error ({@link ErrorCause#NODE_DOWN}), and the fetches are forgotten (their answers,
 * when they come back, are dropped: counted as received, used for nothing). While it is down it receives nothing: a
 * request that arrives is refused ({@link ErrorCause#REFUSED}: no response, no bytes), back to its sender half an RTT
 * later; a viewer's request to a down edge is refused by the network ({@link Network#request}). When it comes back it
 * keeps the copies it held, or none ({@code cold}). An origin that goes down refuses what arrives; the responses it
 * had started still leave.
 */
final class FailingNode implements EventHandler {

    /** Event kind: a failure takes the node down; the argument is the failure's index. */
    static final int DOWN = 8;
    /** Event kind: the node comes back; the argument is the failure's index. */
    static final int UP = 9;

    private final int index;
    private final EventHandler node;
    /** The node as a proxy (null for an origin). */
    private final Proxy proxy;
    private final EventLoop loop;
    private final Requests rq;
    private final Network transport;
    private final Failover failover;
    /** For each slot, 1 + the generation of a fetch forgotten when the node went down (0: none). */
    private int[] forgotten = new int[0];

    /**
     * @param context  where the node is placed
     * @param node     the node (a proxy or an origin)
     * @param failover its partition's failover
     */
    FailingNode(NodeContext context, EventHandler node, Failover failover) {
        this.index = context.index();
        this.node = node;
        this.proxy = node instanceof Proxy p ? p : null;
        this.loop = context.loop();
        this.rq = context.requests();
        this.transport = context.transport();
        this.failover = failover;
    }

    /**
     * Schedules the node's failures that start before {@code end}, once it is placed in its network; a failure that
     * lasts past {@code end} leaves the node down while the run drains.
     *
     * @param end the end of the run's arrivals
     */
    void schedule(long end) {
        for (int f : failover.plan().downFailures(index)) {
            Failure failure = failover.plan().failures().get(f);
            if (failure.from() < end) {
                transport.schedule(index, failure.from(), DOWN, f);
                if (failure.to() < end) {
                    transport.schedule(index, failure.to(), UP, f);
                }
            }
        }
    }

    @Override
    public void handle(int kind, long arg) {
        if (kind == DOWN) {
            goDown((Failure.Outage) failover.plan().failures().get((int) arg));
        } else if (kind == UP) {
            failover.setDown(index, false);
        } else if (kind == Network.REQUEST && failover.isDown(index)) {
            int s = (int) arg;
            long now = loop.now();
            transport.reply(s, Requests.ERROR, now, ErrorCause.REFUSED.code(), now, rq.objectSize(s), 0,
                    Long.MAX_VALUE);
        } else if (kind == Network.RESPONSE && isForgotten((int) arg)) {
            int s = (int) arg;
            forgotten[s] = 0;
            proxy.probe.upstreamAnswered(rq.bodyBytes(s), rq.status(s) == Requests.ERROR, rq.counted(s));
            rq.close(s);
        } else {
            node.handle(kind, arg);
        }
    }

    @Override
    public long touch(int kind, long arg) {
        return node.touch(kind, arg);
    }

    private boolean isForgotten(int s) {
        return s < forgotten.length && forgotten[s] == rq.generation(s) + 1;
    }

    /** Fails what the node holds (its answers are its last), then it is down: it refuses what arrives. */
    private void goDown(Failure.Outage failure) {
        if (proxy != null) {
            for (int s : rq.openSlots()) {
                if (rq.sender(s) == index && !isForgotten(s)) {
                    forget(s);
                }
            }
            if (failure.cold() && proxy instanceof CacheNode cache) {
                cache.store().clear();
            }
        }
        failover.setDown(index, true);
    }

    /** Fails the requests that wait on a fetch of the node, and forgets the fetch. */
    private void forget(int fetch) {
        int owner = rq.owner(fetch);
        if (owner != Requests.NONE) {
            fail(owner);
        }
        for (int w = proxy.waits.poll(fetch); w != Requests.NONE; w = proxy.waits.poll(fetch)) {
            fail(w);
        }
        rq.setOwner(fetch, Requests.NONE);
        if (rq.registered(fetch) && proxy.inflight.get(rq.cacheKey(fetch)) == fetch) {
            proxy.inflight.remove(rq.cacheKey(fetch));
        }
        if (fetch >= forgotten.length) {
            forgotten = Arrays.copyOf(forgotten, Math.max(fetch + 1, 2 * forgotten.length));
        }
        forgotten[fetch] = rq.generation(fetch) + 1;
    }

    private void fail(int req) {
        proxy.answer(req, Outcome.ERROR, ErrorCause.NODE_DOWN.code(), loop.now(), rq.objectSize(req),
                Long.MAX_VALUE);
    }
}
