package io.iotad.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docs/configuration.md documents every key of {@link ConfigSchema} with its real default. */
class ConfigurationDocTest {
    static final Path DOC = Path.of("..", "docs", "configuration.md");

    @Test
    void every_key_has_a_row_in_the_reference_with_its_default() throws Exception {
        List<String> lines = Files.readAllLines(DOC);
        for (ConfigKey key : ConfigSchema.keys().values()) {
            String relative = key.path().substring(key.path().indexOf('.') + 1);
            Optional<String> row = lines.stream().filter(l -> l.startsWith("| `" + relative + "` |")).findFirst();
            assertThat(row).as("row of %s", key.path()).isPresent();
            assertThat(row.get()).as("default of %s", key.path()).contains(rendered(key.defaultValue()));
        }
    }

    @Test
    void the_seeds_example_in_the_reference_parses() throws Exception {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("```yaml\n", doc.indexOf("## The seed's example")) + 8;
        String yaml = doc.substring(start, doc.indexOf("```", start));

        assertThat(IotadConfig.parse(yaml, "configuration.md"))
                .isEqualTo(IotadConfig.parse(IotadConfigTest.SEED_EXAMPLE, "seed"));
    }

    private static String rendered(Object value) {
        if (value == null) {
            return "absent";
        }
        if (value instanceof Map<?, ?> m && m.isEmpty()) {
            return "`{}`";
        }
        if (value instanceof List<?> l) {
            return "`[" + String.join(", ", l.stream().map(String::valueOf).toList()) + "]`";
        }
        return "`" + value + "`";
    }
}
