package io.iotad.examples.service;

import io.iotad.core.progress.ProgressListener;
import io.iotad.features.ingest.IngestOptions;
import io.iotad.features.ingest.IngestResult;
import io.iotad.features.ingest.RawIngestor;
import io.iotad.features.topology.Building;
import io.iotad.features.topology.TopologyCsv;
import io.iotad.features.weather.WeatherLoader;
import io.iotad.features.weather.WeatherOptions;
import io.iotad.features.weather.WeatherSet;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs {@link ApprovedModelScoringService} on a folder laid out as the simulator writes it
 * ({@code raw/}, {@code weather.csv}, {@code buildings.csv}) and prints the day's most anomalous
 * apartments.
 *
 * <pre>
 * java -cp ... io.iotad.examples.service.ScoreFolderMain REGISTRY_DIR GROUP DATA_DIR YYYY-MM-DD [TOP]
 * </pre>
 */
public final class ScoreFolderMain {
    /** Default number of apartments printed. */
    public static final int DEFAULT_TOP = 10;

    private ScoreFolderMain() {
    }

    /**
     * @param args registry folder, group, data folder, day (ISO date) and, optionally, how many to print (default {@value #DEFAULT_TOP})
     * @throws IOException when files cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 4 || args.length > 5) {
            System.err.println("usage: ScoreFolderMain REGISTRY_DIR GROUP DATA_DIR YYYY-MM-DD [TOP]");
            System.exit(2);
        }
        LocalDate day;
        int top;
        try {
            day = LocalDate.parse(args[3]);
            top = args.length == 5 ? Integer.parseInt(args[4]) : DEFAULT_TOP;
        } catch (DateTimeParseException | NumberFormatException e) {
            System.err.println("bad argument: " + e.getMessage() + "; expected a day as YYYY-MM-DD and TOP as a whole number");
            System.exit(2);
            return;
        }
        ApprovedModelScoringService service = ApprovedModelScoringService.overFolder(Path.of(args[0]), args[1]);
        print(score(service, Path.of(args[2]), day), top, System.out);
    }

    /**
     * Reads a data folder and scores one day.
     *
     * @param service the service
     * @param dataDir folder with {@code raw/}, {@code weather.csv} and {@code buildings.csv}
     * @param day the day
     * @return the ranking
     * @throws IOException when files cannot be read
     */
    public static List<ScoredApartment> score(ApprovedModelScoringService service, Path dataDir, LocalDate day)
            throws IOException {
        Map<String, Building> buildings = TopologyCsv.readBuildings(dataDir.resolve("buildings.csv"));
        WeatherSet weather = new WeatherLoader(WeatherOptions.defaults()).load(List.of(dataDir.resolve("weather.csv")), buildings);
        IngestResult readings = new RawIngestor(IngestOptions.defaults()).ingest(List.of(dataDir.resolve("raw")), ProgressListener.NONE);
        return service.scoreDay(day, readings.apartments(), weather.byBuilding());
    }

    /**
     * @param ranking the ranking
     * @param top how many to print, at least 0
     * @param out where
     */
    public static void print(List<ScoredApartment> ranking, int top, PrintStream out) {
        out.println("rank,apartment_id,building_id,event_date,score,model");
        for (ScoredApartment a : ranking.subList(0, Math.min(Math.max(top, 0), ranking.size()))) {
            out.printf(Locale.ROOT, "%d,%s,%s,%s,%.6f,%s%n", a.rank(), a.apartmentId(), a.buildingId(), a.day(), a.score(),
                    a.modelVersion());
        }
    }
}
