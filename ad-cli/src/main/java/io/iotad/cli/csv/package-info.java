/**
 * The one-line JSON summary every command prints last, the form scripts and the Python peers compare.
 * (The plain-file training and scoring it once also held are {@code io.iotad.pipeline.csv}.)
 */
package io.iotad.cli.csv;
