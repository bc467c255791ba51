package io.cdnsim.run;

import io.cdnsim.network.Network;
import io.cdnsim.player.Viewers;

/**
 * A fault planted in a finished run's counters before the conservation check, so that tests can show that the
 * check catches it. Package-private: no user-facing way reaches it.
 */
interface Fault {

    /** No fault: what every real run uses. */
    Fault NONE = (network, viewers) -> { };

    /**
     * @param network the network after the run
     * @param viewers the viewers (of partition 0 in a partitioned run), or null without players
     */
    void inject(Network network, Viewers viewers);
}
