package io.cdnsim.player;

import io.cdnsim.bandwidth.LinkPlan;
import io.cdnsim.metrics.WarmUp;
import io.cdnsim.content.Lineup;
import io.cdnsim.model.Audience;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.SteeringSpec;
import io.cdnsim.model.UrlSpec;
import java.util.Optional;

/**
 * What a set of viewers is made of, the same in every partition of a run: what they watch, who they are, and how
 * their players behave.
 *
 * @param lineup   what they watch: a live channel, or an on-demand catalog's titles
 * @param audience who watches (regions, devices, last miles, congestion)
 * @param player   how the players behave
 * @param urls     how the players' URLs meet the cache key
 * @param abr      the ABR rule
 * @param factory  draws each viewer's region, edge, device, session and last mile (and names them)
 * @param end      the run ends: nobody joins from then on, and every session still going ends
 * @param links    the links between the edges and the viewers, which their downloads share
 * @param warmUp   the warm-up, which the links' figures leave out
 * @param content  the players' content steering through several CDNs, or empty
 */
public record ViewerSetup(Lineup lineup, Audience audience, PlayerSettings player, UrlSpec urls, AbrRule abr,
                          ViewerFactory factory, long end, LinkPlan links, WarmUp warmUp,
                          Optional<SteeringSpec.ContentSteering> content) {

    /** A setup whose players use no content steering. */
    public ViewerSetup(Lineup lineup, Audience audience, PlayerSettings player, UrlSpec urls, AbrRule abr,
                       ViewerFactory factory, long end, LinkPlan links, WarmUp warmUp) {
        this(lineup, audience, player, urls, abr, factory, end, links, warmUp, Optional.empty());
    }
}
