package io.cdnsim.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The network's line of a component through several CDNs: the sum of each CDN's line and the shared one. */
final class CdnLines {

    private CdnLines() {
    }

    /**
     * @param component the component
     * @param parts     its lines, each CDN's then the shared one
     * @param owners    whose each line is: a CDN's name, or {@code shared}
     * @return one line: the quantities and amounts added up, the providers named, the parts' amounts in its detail;
     *         priced only where every part is
     */
    static BillLine sum(Component component, List<BillLine> parts, List<String> owners) {
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal amount = BigDecimal.ZERO;
        boolean priced = true;
        Set<String> providers = new LinkedHashSet<>();
        List<String> detail = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            BillLine l = parts.get(i);
            quantity = quantity.add(l.quantity());
            amount = amount.add(l.amount());
            priced &= l.priced();
            providers.add(l.provider());
            detail.add(owners.get(i) + " " + l.amountText());
        }
        return new BillLine(component, String.join(", ", providers), quantity, parts.get(0).unit(),
                "per CDN (" + String.join(", ", owners) + ")", String.join(" + ", detail), Money.micro(amount),
                priced);
    }
}
