package io.iotad.aws.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class S3LocationTest {
    @Test
    void given_uris_when_parsed_then_bucket_and_prefix_without_slashes() {
        assertThat(S3Location.parse("s3://lake/portfolio/2024/")).isEqualTo(new S3Location("lake", "portfolio/2024"));
        assertThat(S3Location.parse("s3://lake")).isEqualTo(new S3Location("lake", ""));
        assertThat(S3Location.parse("s3://lake/p").key("raw/a.jsonl")).isEqualTo("p/raw/a.jsonl");
        assertThat(S3Location.parse("s3://lake").key("raw/a.jsonl")).isEqualTo("raw/a.jsonl");
        assertThat(S3Location.parse("s3://lake/p").listPrefix()).isEqualTo("p/");
        assertThat(S3Location.parse("s3://lake/p").resolve("global").toString()).isEqualTo("s3://lake/p/global");
        assertThat(S3Location.isS3("s3://x")).isTrue();
        assertThat(S3Location.isS3("/data/x")).isFalse();
    }

    @Test
    void given_bad_uris_when_parsed_then_refused_naming_the_value() {
        assertThatThrownBy(() -> S3Location.parse("/local/dir")).hasMessageContaining("expected s3://BUCKET/PREFIX, got '/local/dir'");
        assertThatThrownBy(() -> S3Location.parse("s3://Upper/x")).hasMessageContaining("'s3://Upper/x'").hasMessageContaining("bucket");
        assertThatThrownBy(() -> S3Location.parse("s3://lake//x")).hasMessageContaining("'//'");
        assertThatThrownBy(() -> S3Location.parse("s3://lake/p").key("../q")).hasMessageContaining("'..'");
    }

    @Property(tries = 200)
    void a_location_prints_as_the_uri_it_parses_from(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String a,
                                                     @ForAll @AlphaChars @StringLength(min = 0, max = 12) String b) {
        String prefix = b.isEmpty() ? a : a + "/" + b;
        S3Location l = new S3Location("bucket-1", prefix);
        assertThat(S3Location.parse(l.toString())).isEqualTo(l);
    }
}
