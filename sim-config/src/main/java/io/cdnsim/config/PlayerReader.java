package io.cdnsim.config;

import io.cdnsim.model.PlayerSettings;
import io.cdnsim.model.UrlSpec;
import io.cdnsim.player.AbrRules;
import java.util.List;

/**
 * Reads a scenario's {@code player} section (the bitrate adaptation, buffering and retries of every player) and its
 * {@code urls} section (how the players' URLs meet the cache key). Unwritten fields take their {@link Defaults}; the
 * startup buffer defaults to one segment.
 */
final class PlayerReader {

    private PlayerReader() {
    }

    static PlayerSettings read(Problems p, ScenarioFile.PlayerFile pf, long segment) {
        ScenarioFile.PlayerFile f = pf == null ? new ScenarioFile.PlayerFile(null, null, null, null, null, null, null) : pf;
        String abr = f.abr() == null ? Defaults.ABR : f.abr();
        if (!AbrRules.NAMES.contains(abr)) {
            p.add("player.abr", "unknown ABR rule '" + abr + "'" + Problems.didYouMean(abr, AbrRules.NAMES)
                    + "; known: " + String.join(", ", AbrRules.NAMES));
            abr = Defaults.ABR;
        }
        double safety = f.safety() == null ? Defaults.ABR_SAFETY : f.safety();
        if (!(safety > 0 && safety <= 1)) {
            p.add("player.safety", "must be in (0, 1], found " + safety);
            safety = Defaults.ABR_SAFETY;
        }
        long startup = p.micros("player.startupBuffer", f.startupBuffer(), segment);
        if (startup <= 0) {
            p.add("player.startupBuffer", "must be more than 0");
            startup = segment;
        }
        int holdback = f.holdbackSegments() == null ? Defaults.HOLDBACK_SEGMENTS : f.holdbackSegments();
        if (holdback < 1 || holdback > 100) {
            p.add("player.holdbackSegments", "must be between 1 and 100, found " + holdback);
            holdback = Defaults.HOLDBACK_SEGMENTS;
        }
        long retry = p.micros("player.retryBase", f.retryBase(), Defaults.RETRY_BASE);
        if (retry <= 0) {
            p.add("player.retryBase", "must be more than 0");
            retry = Quantity.micros(Defaults.RETRY_BASE);
        }
        boolean ibr = f.insufficientBufferRule() == null ? Defaults.INSUFFICIENT_BUFFER_RULE
                : f.insufficientBufferRule();
        boolean abandon = f.abandonRequestsRule() == null ? Defaults.ABANDON_REQUESTS_RULE : f.abandonRequestsRule();
        return new PlayerSettings(abr, safety, startup, holdback, retry, ibr, abandon);
    }

    static UrlSpec urls(Problems p, ScenarioFile.UrlsFile u) {
        if (u == null) {
            return UrlSpec.SHARED;
        }
        String query = u.cacheKeyQuery() == null ? Defaults.CACHE_KEY_QUERY : u.cacheKeyQuery();
        if (!query.equals("include") && !query.equals("ignore")) {
            p.add("urls.cacheKeyQuery", "must be 'include' (the cache key includes the query string) or 'ignore' "
                    + "(it is stripped), found '" + query + "'" + Problems.didYouMean(query, List.of("include",
                    "ignore")));
        }
        boolean token = u.viewerToken() == null ? Defaults.VIEWER_TOKEN : u.viewerToken();
        boolean personalized = u.personalizedManifests() == null ? Defaults.PERSONALIZED_MANIFESTS
                : u.personalizedManifests();
        return new UrlSpec(token, query.equals("include"), personalized);
    }
}
