package io.cdnsim.network;

import io.cdnsim.content.Catalog;
import io.cdnsim.kernel.EventLoop;
import io.cdnsim.metrics.NodeProbe;

/**
 * What a node needs from the network it is placed in: its number and tier, the event loop and the request table of
 * its partition, the catalog, the transport that carries its messages, the probe it tells what happens, and the size
 * of a header-only response.
 *
 * @param index       the node's number
 * @param tier        its tier index
 * @param loop        its partition's event loop
 * @param requests    its partition's request table
 * @param catalog     what the origin holds
 * @param transport   the network that carries its requests and responses
 * @param probe       what it tells what happens
 * @param headerBytes bytes of a header-only response
 */
record NodeContext(int index, int tier, EventLoop loop, Requests requests, Catalog catalog, Network transport,
                   NodeProbe probe, long headerBytes) {
}
