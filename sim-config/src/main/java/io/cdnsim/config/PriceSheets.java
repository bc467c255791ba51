package io.cdnsim.config;

import io.cdnsim.cost.PriceBook;
import io.cdnsim.cost.PriceSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Price sheets named on a command line ({@code cdnsim bill --prices}), found as a scenario's {@code cost.sheets} are:
 * a path, or a bare name looked for in {@code pricing/} of the current folder.
 */
public final class PriceSheets {

    private PriceSheets() {
    }

    /**
     * @param written the sheets as the user wrote them, paths or bare names
     * @param option  the option that named them, for messages ({@code --prices})
     * @return the sheets, in the order written, each component priced by at most one of them
     * @throws ScenarioException naming the option and every sheet that is missing or broken, or a component priced
     *                           twice
     */
    public static PriceBook read(List<String> written, String option) throws ScenarioException {
        Problems p = new Problems(option, Locator.of("", new LoaderOptions()));
        if (written.isEmpty()) {
            p.add("", "give at least one price sheet, for example cloudfront-style,cloud-origin-egress");
        }
        Path here = Path.of(".", option);
        List<PriceSheet> sheets = new ArrayList<>();
        for (String w : written) {
            PriceSheet s = CostReader.sheet(p, "", w.strip(), here);
            if (s != null) {
                sheets.add(s);
            }
        }
        p.throwIfAny();
        String conflict = PriceBook.conflict(sheets);
        if (conflict != null) {
            p.add("", conflict);
        }
        p.throwIfAny();
        return new PriceBook(sheets);
    }
}
