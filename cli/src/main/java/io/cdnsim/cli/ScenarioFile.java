package io.cdnsim.cli;

import io.cdnsim.config.InputFile;
import io.cdnsim.config.Limits;
import io.cdnsim.config.Problem;
import io.cdnsim.config.ScenarioException;
import io.cdnsim.config.ScenarioReader;
import io.cdnsim.model.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A scenario file as the commands read it: first checked to be a regular file no larger than a scenario may be (a
 * pipe or a device is refused before a byte is read), then read, and its text kept for report.html.
 *
 * @param scenario the scenario
 * @param text     the file's text, or null if it could not be read a second time
 */
record ScenarioFile(Scenario scenario, String text) {

    /** Largest scenario file, as the scenario reader allows (docs/trust.md, "Limits on input"). */
    static final long MAX_BYTES = Limits.MAX_DOCUMENT_BYTES;

    /**
     * @param file the scenario file
     * @return the scenario and its text
     * @throws ScenarioException if the file is not a regular file of a scenario's size, or not a valid scenario
     */
    static ScenarioFile read(Path file) throws ScenarioException {
        try {
            InputFile.check(file, MAX_BYTES, "scenario");
        } catch (InputFile.RefusedException e) {
            throw new ScenarioException(List.of(new Problem(file.toString(), 0, 0, "", e.getMessage())));
        }
        Scenario scenario = ScenarioReader.read(file);
        String text;
        try {
            text = new String(InputFile.readAll(file, MAX_BYTES, "scenario"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = null;
        }
        return new ScenarioFile(scenario, text);
    }
}
