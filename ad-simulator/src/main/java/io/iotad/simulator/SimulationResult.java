package io.iotad.simulator;

import io.iotad.core.score.Label;
import io.iotad.simulator.event.GroundTruthEvent;
import io.iotad.simulator.output.DataFaultRecord;
import java.nio.file.Path;
import java.util.List;

/**
 * What a simulation run wrote, with its counts and its ground truth.
 *
 * @param outDir the output folder
 * @param rawFiles raw JSON Lines files, in writing order
 * @param buildingsCsv buildings.csv
 * @param apartmentsCsv apartments.csv
 * @param weatherCsv weather.csv (processed form)
 * @param weatherRawFiles forecast-API JSON files, one per region (empty if not written)
 * @param labelsCsv labels.csv
 * @param eventsCsv events.csv
 * @param dataFaultsCsv data_faults.csv
 * @param apartments number of apartments
 * @param buildings number of buildings
 * @param days number of days
 * @param validLines raw lines produced by the simulation (before data faults)
 * @param linesWritten raw lines written, with duplicates and malformed copies
 * @param readings readings in the valid lines
 * @param weatherRows rows of weather.csv
 * @param faultEvents number of equipment-fault events
 * @param nuisanceEvents number of nuisance events
 * @param events every injected event, unmodifiable
 * @param labels the apartment-day labels written to labels.csv, unmodifiable
 * @param dataFaults every injected data fault, unmodifiable
 */
public record SimulationResult(Path outDir, List<Path> rawFiles, Path buildingsCsv, Path apartmentsCsv,
        Path weatherCsv, List<Path> weatherRawFiles, Path labelsCsv, Path eventsCsv, Path dataFaultsCsv,
        int apartments, int buildings, int days, long validLines, long linesWritten, long readings,
        long weatherRows, int faultEvents, int nuisanceEvents, List<GroundTruthEvent> events, List<Label> labels,
        List<DataFaultRecord> dataFaults) {
    /** Makes the lists unmodifiable. */
    public SimulationResult {
        rawFiles = List.copyOf(rawFiles);
        weatherRawFiles = List.copyOf(weatherRawFiles);
        events = List.copyOf(events);
        labels = List.copyOf(labels);
        dataFaults = List.copyOf(dataFaults);
    }

    /** @return number of data faults injected */
    public int dataFaultsInjected() {
        return dataFaults.size();
    }

    /** @return average raw lines per apartment-day (valid lines only) */
    public double linesPerApartmentDay() {
        return validLines / (double) ((long) apartments * days);
    }
}
