/** The daily scoring a service does with an approved model: load the model, score one day of a portfolio. */
package io.iotad.benchmarks.scoring;
