package io.cdnsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cdnsim.content.FixedCatalog;
import io.cdnsim.content.ObjectKind;
import io.cdnsim.model.Clients;
import io.cdnsim.model.SizeSpec;
import io.cdnsim.model.SyntheticStream;
import io.cdnsim.model.Workload;
import io.cdnsim.random.RandomStreams;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogsTest {

    private static FixedCatalog catalog(SizeSpec size) {
        Workload w = new Workload(1000, 1.0, 100, size, ObjectKind.MEDIA_SEGMENT, Map.of());
        return (FixedCatalog) Catalogs.of(new SyntheticStream(w, new Clients(0, 0)), new RandomStreams(42).replication(0));
    }

    // Pins that a lognormal size of sigma 0 makes every object its median (it used to throw "sigma is not strictly
    // positive" after validate had said ok).
    @Test
    void aLognormalOfSigmaZeroIsItsMedian() {
        FixedCatalog c = catalog(new SizeSpec.LogNormal(1_500_000, 0));
        for (long o = 1; o <= c.count(); o++) {
            assertEquals(1_500_000, c.size(o));
        }
    }

    // Pins that a lognormal of sigma 1 still draws sizes around its median, from the object-sizes stream of seed 42:
    // 499 of 1,000 below it (the count is binomial(1000, 0.5), mean 500, standard deviation 15.8).
    @Test
    void aLognormalOfSigmaOneSpreadsAroundItsMedian() {
        FixedCatalog c = catalog(new SizeSpec.LogNormal(1_500_000, 1));
        int below = 0;
        for (long o = 1; o <= c.count(); o++) {
            below += c.size(o) < 1_500_000 ? 1 : 0;
        }
        assertEquals(499, below);
    }
}
