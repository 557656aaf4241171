/**
 * Contextual scoring for the density and forest detectors: each apartment-day's features become
 * robust deviations from the apartment's own trailing days and from its building's apartments on
 * the same day ({@link io.iotad.models.context.ContextualStandardization}), so {@code lof} and
 * {@code isolation_forest} rank what is unusual for an apartment rather than what is extreme in the
 * portfolio.
 */
package io.iotad.models.context;
