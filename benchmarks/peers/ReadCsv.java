import io.iotad.core.frame.CsvFrame;
import io.iotad.core.frame.FeatureFrameCsv;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Times one {@code FeatureFrameCsv.read} of a feature CSV (every numeric column but {@code label}) and
 * prints one JSON line. Run as a source file: {@code java -cp ad-cli/target/iotad.jar benchmarks/peers/ReadCsv.java FILE}.
 */
public class ReadCsv {
    /** @param a the CSV file */
    public static void main(String[] a) throws Exception {
        long t0 = System.nanoTime();
        CsvFrame f = FeatureFrameCsv.read(Path.of(a[0]), List.of(), Set.of("label"));
        long t1 = System.nanoTime();
        System.out.printf("{\"rows\":%d,\"features\":%d,\"read_s\":%.3f}%n", f.frame().rowCount(),
                f.frame().schema().size(), (t1 - t0) / 1e9);
    }
}
