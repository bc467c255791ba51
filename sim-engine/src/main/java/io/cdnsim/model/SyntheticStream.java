package io.cdnsim.model;

/**
 * A synthetic independent-reference request stream (one kind of {@link Demand}): the requests and the clients'
 * last mile.
 *
 * @param workload the request stream
 * @param clients  the clients' last mile
 */
public record SyntheticStream(Workload workload, Clients clients) implements Demand {
}
