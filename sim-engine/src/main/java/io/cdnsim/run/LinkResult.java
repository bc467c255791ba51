package io.cdnsim.run;

import io.cdnsim.bandwidth.LinkFigures;

/**
 * What one link between the edges and the viewers carried: an edge's egress or a region's peering link.
 *
 * @param name    the edge node's id, or the region's name for a peering link
 * @param peering whether it is a region's peering link
 * @param figures what it carried after the warm-up
 */
public record LinkResult(String name, boolean peering, LinkFigures figures) {

    /** @return whether the link has a capacity */
    public boolean limited() {
        return figures.capacity() != Double.POSITIVE_INFINITY;
    }
}
