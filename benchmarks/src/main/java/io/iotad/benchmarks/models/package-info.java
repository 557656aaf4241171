/**
 * Benchmarks of the detector strategies: JMH suites and the side-by-side runs that the scripts
 * under {@code benchmarks/peers} compare with the Python peers. Run the JMH suites with
 * {@code mvn -o -q -pl benchmarks -am -DskipTests package && java -jar benchmarks/target/benchmarks.jar
 * 'io.iotad.benchmarks.models.*'}; grow the {@code @Param} sizes with, e.g., {@code -p rows=1000000}.
 */
package io.iotad.benchmarks.models;
