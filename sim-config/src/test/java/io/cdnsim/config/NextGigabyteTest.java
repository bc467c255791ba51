package io.cdnsim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cdnsim.cost.NextGigabyte;
import io.cdnsim.cost.TrafficPrice;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the next GB costs, and the commit left, on the shipped sheets: the questions steering by cost asks. */
class NextGigabyteTest {

    private static TrafficPrice delivery(String sheet) throws ScenarioException {
        Path file = Path.of("..", "pricing", sheet + ".yaml");
        return PriceSheetReader.read(file, file.toString()).delivery();
    }

    private static BigDecimal tb(String v) {
        return new BigDecimal(v).movePointRight(12);
    }

    private static void assertPrice(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> actual + ", expected " + expected);
    }

    // Pins cloudfront-style's bands (1 TB free, $0.085 to 10 TB, $0.080 to 50 TB, ... $0.025 to 5 PB, then $0.020):
    // nothing so far and 500 GB are in the free band; at exactly 1 TB the next GB is the next band's, $0.085; 20 TB
    // pays $0.080, 2 PB $0.025, 6 PB $0.020. Every region walks the '*' table.
    @Test
    void cloudfrontStyleBands() throws ScenarioException {
        TrafficPrice p = delivery("cloudfront-style");
        assertPrice("0", NextGigabyte.price(p, "eu", BigDecimal.ZERO));
        assertPrice("0", NextGigabyte.price(p, "na", tb("0.5")));
        assertPrice("0.085", NextGigabyte.price(p, "eu", tb("1")));
        assertPrice("0.080", NextGigabyte.price(p, "apac", tb("20")));
        assertPrice("0.025", NextGigabyte.price(p, "eu", tb("2000")));
        assertPrice("0.020", NextGigabyte.price(p, "eu", tb("6000")));
        assertPrice("0", NextGigabyte.unusedCommit(p, tb("20")));
    }

    // Pins commit-plans ($100 covers 25 TB, $0.004/GB over; $350 covers 100 TB, ...): at 20 TB the cheapest plan is
    // the 25 TB one, the next GB is covered ($0) and 5 TB of it is unused; at 30 TB it is still the cheapest ($100 +
    // 5,000 GB x $0.004 = $120 against $350), nothing is unused and the next GB costs its overage, $0.004; at 90 TB
    // the 100 TB plan is cheapest ($350 against $100 + 65,000 x $0.004 = $360): the next GB is covered, 10 TB unused;
    // half a GB before 25 TB the next GB is half covered: 0.5 x $0.004 = $0.002.
    @Test
    void commitPlans() throws ScenarioException {
        TrafficPrice p = delivery("commit-plans");
        assertPrice("0", NextGigabyte.price(p, "eu", tb("20")));
        assertPrice("5000000000000", NextGigabyte.unusedCommit(p, tb("20")));
        assertPrice("0.004", NextGigabyte.price(p, "eu", tb("30")));
        assertPrice("0", NextGigabyte.unusedCommit(p, tb("30")));
        assertPrice("0", NextGigabyte.price(p, "eu", tb("90")));
        assertPrice("10000000000000", NextGigabyte.unusedCommit(p, tb("90")));
        assertPrice("0.002", NextGigabyte.price(p, "eu", tb("25").subtract(new BigDecimal("500000000"))));
    }

    // Pins a flat price ($0.004/GB whatever the volume) and 95th-percentile billing, which has no price per GB.
    @Test
    void flatAndPercentile() throws ScenarioException {
        assertPrice("0.004", NextGigabyte.price(delivery("cheap-per-gb"), "eu", tb("123")));
        assertNull(NextGigabyte.price(new TrafficPrice.Percentile95(new BigDecimal("0.5")), "eu", BigDecimal.ONE));
    }
}
