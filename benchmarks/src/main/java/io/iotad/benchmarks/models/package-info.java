/**
 * JMH benchmarks of the detector strategies' fit and score paths on synthetic feature frames.
 * Run: {@code mvn -o -q -pl benchmarks -am -DskipTests package && java -jar benchmarks/target/benchmarks.jar
 * 'io.iotad.benchmarks.models.*'}; grow the {@code @Param} sizes with {@code -p rows=1000000}.
 */
package io.iotad.benchmarks.models;
