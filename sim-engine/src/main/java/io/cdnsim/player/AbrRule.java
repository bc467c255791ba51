package io.cdnsim.player;

/**
 * An ABR rule (V5): picks the rendition of a player's next segment. One rule object serves every player of a run;
 * whatever a rule must remember per player lives in {@link AbrView#memory()}. Rules allocate nothing per call.
 */
public interface AbrRule {

    /**
     * @param view the player
     * @return a rendition index between 0 and {@code view.maxRendition()}
     */
    int choose(AbrView view);
}
