/**
 * The one executor policy of iotad: a single shared, bounded pool of daemon worker threads
 * ({@link io.iotad.core.concurrent.Workers}); callers say how many of its threads a job may use.
 */
package io.iotad.core.concurrent;
