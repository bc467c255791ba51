package io.cdnsim.player;

import io.cdnsim.content.Lineup;
import io.cdnsim.model.Audience;
import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.UrlSpec;

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
 */
public record ViewerSetup(Lineup lineup, Audience audience, PlayerSettings player, UrlSpec urls, AbrRule abr,
                          ViewerFactory factory, long end) {
}
