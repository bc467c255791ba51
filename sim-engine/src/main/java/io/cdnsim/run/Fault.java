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
     * @param viewers a live event's viewers, or null
     */
    void inject(Network network, Viewers viewers);
}
